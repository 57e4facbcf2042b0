/**
 * How people speak of their own accounts, and the words API specs use for the same things: a
 * user says "chargebacks", a payments API "disputes"; "deposits to my bank" are payouts, "download
 * my zone file" is an export of DNS records. Written from what these products are and how their
 * APIs are commonly named, across domains, not from any evaluation's requests. Each line is
 * `everyday words or phrases: the API's words`; a phrase of two or three words ("zone file",
 * "credit card") is matched as a whole. The API's words are searched with less weight than the
 * user's own (see `THESAURUS_WEIGHT` in catalog-search.ts), through the same path as
 * `RELATED_WORDS`.
 */
const ENTRIES = `
chargeback, contested charge, disputed charge, dispute claim: dispute
bill, unpaid bill, bill due: invoice
receipt: invoice charge
unpaid, outstanding, overdue, owed, owe, amount due: invoice open due
money back, reimburse, give back, repay: refund
pay, paid, payment: payment charge
credit card, debit card, card on file, saved card: card payment method
payment method, payment details, wallet: payment method source
client, buyer, shopper, payer, purchaser, patron: customer
promo code, discount code, coupon code, voucher, promo: coupon promotion code discount
pricing, cost, rate card: price
tier, package level, pricing plan: plan price
fee, commission, cut: fee application
funds, available money, money available: balance
money movement, ledger entry, ledger: balance transaction
deposit, deposits, cash out, withdraw, withdrawal, bank transfer, money to my bank: payout
send money, move money, wire: transfer payout
vat, sales tax, gst: tax rate
credit note, credit memo: credit note
checkout page, hosted checkout, payment page: checkout session
pay link, payment url: payment link
estimate, proposal, price quote: quote
metered, consumption, usage based: usage record meter
merchant, seller, vendor, connected account, sub account, sub merchant: account connect
fraud, fraudulent, suspicious payment: review early fraud warning radar
kyc, identity check, id check: verification identity
money, cash, amount: payment balance amount
earnings, revenue, income, sales: balance payout charge
failed payment, declined, decline: payment fail charge
bank, bank account, bank details, routing number: bank account external
statement: invoice balance transaction
card reader, terminal, point of sale, pos: terminal reader
payment attempt, payment in progress: payment intent
save card, card for later, future payment: setup intent
application fee, platform fee: application fee
top up, topup, add funds: topup balance
price change: price update
trial, free trial, trial period: subscription trial
renew, renewal, auto renew, recurring, recurring payment, membership: subscription
upgrade, downgrade, switch plan, change plan: subscription price update
pause, hold, freeze: pause subscription
seats, seat, licences, licenses, license count: quantity subscription item
proration, prorate: proration
billing cycle, billing period, billing date: subscription period
subscriber, member, plan holder: subscription customer
next bill, upcoming bill, next charge, upcoming charge: upcoming invoice
purchase, purchases, sale: order charge
cart, basket, shopping cart: cart checkout
goods, merchandise, item, items, sku, listing, listings, offering: product item
stock level, stock count, in stock, out of stock, availability: inventory level
warehouse, fulfillment center, stockroom: location inventory
delivery, deliveries, parcel, package, shipping: shipment fulfillment
tracking number, track package, where is my order: tracking shipment fulfillment
send back, returned item, rma: return refund
shop, storefront, online store: store shop
catalogue: catalog product
size, colour, color, flavor: variant option
product review, star rating, rating: review rating
wishlist, saved for later: wishlist
gift card, store credit: gift card credit
shipping address, delivery address, postal address, mailing address: address
abandoned cart, left in cart: checkout abandoned
shipping rate, postage, shipping cost: shipping rate
lead, prospect, potential customer: lead contact
opportunity, sale in progress, pipeline deal: deal opportunity
business, firm, client company, organisation, org: company organization account
contact person, client contact, lead contact: contact person
activity, interaction, touchpoint, engagement: activity engagement
follow up, followup, reminder, to do, todo, chore: task
salesperson, sales rep, rep, account manager: owner user
deal stage, funnel stage, funnel: stage pipeline
list of contacts, contact list, audience segment: list segment
support request, help request, case, complaint, inquiry, enquiry, support ticket: ticket conversation
support agent, helpdesk agent, rep: agent user
csat, satisfaction, survey, feedback: satisfaction rating survey
canned response, saved reply, macro: macro template
help article, faq, knowledge base, kb, help center, help centre: article
escalate, escalation, urgent: priority
helpdesk queue, support queue: view queue
sla, response time target: sla policy
bug, defect, problem, story, epic, task, work item, card: issue
kanban, scrum board, board: board
sprint, iteration, cycle: sprint
backlog: backlog issue
deadline, due, due by: due date
state, stage, column, workflow step: status transition
move to done, mark done, mark complete, finish, resolve, resolved, done: transition status close
watcher, follower, cc: watcher
story points, points, effort: estimate
time spent, log time, logged hours, hours, timesheet: worklog time entry
attach, attached file: attachment
area, module: component
sub task, child task, child issue: subtask
blocks, blocked by, depends on, dependency between, duplicate of, relates to: issue link
fix version, release version: version
build, ci, ci run, pipeline, test run, job, checks, build status: workflow run check status
deploy, deployment, ship, go live, rollout, roll out: deployment release
code review, reviewer, review request: review pull request
clone url, codebase, project code, source code: repository
env var, environment variable, secret value: secret variable
build machine, ci machine, agent machine: runner
build output, build artifact, artefact: artifact
snippet, code snippet, paste: gist
wiki page, docs site, project site, website for repo: pages
contributor, teammate, maintainer, write access, push access: collaborator member
who can push, protect branch, protected branch, branch rules, branch rule: protection
release notes, changelog, tagged version: release
code owners, codeowner: codeowners
vulnerability, security alert, cve, security hole, exposure: vulnerability alert advisory
dependencies, libraries, packages, npm package: dependency package
merge, land, squash: merge
commit history, history of the code: commit
mentioned, mentions, ping me: mention notification
chat, chat room, room, group chat: channel conversation
direct message, private message, pm, whisper: conversation im message
post, say, tell, announce, write to: message post
emoji, react, reactions, thumbs up: reaction
pinned, pinned message: pin
away, online, offline, available, busy, presence: presence status
ping, at mention: mention
mute, snooze, do not disturb, dnd, quiet hours: dnd notification snooze
workspace, slack team, tenant: team workspace
phone call, dial, ring, ringing, call me, calling: call
hang up, end call, end the call, drop call: call update status
voicemail, recording, recorded call, call recording: recording
number, caller id, line, phone line, phone number: phone number incoming
text message, texts, text messages, sms message: message sms
email, e mail, mail, emails: email message
opt out, opted out, unsubscribed, stop messages: unsubscribe suppression opt out
bounce, bounced, undeliverable: bounce suppression
mailbox, inbox: mailbox inbox
conference call, group call, bridge: conference
short code: short code
verification code, one time code, otp, login code, sms code, 2fa code: verification verify
transcript, transcription: transcription
meeting, appointment, booking, calendar entry, event on my calendar: event meeting
invite, invitation, invitee: attendee invitation
reschedule, move meeting, postpone: event update
free busy, free time, open slots, availability: free busy availability
repeating meeting, weekly meeting, repeat: recurrence
meeting room, conference room: resource room
webinar, livestream, live stream: webinar
participant, guest, attendee, invitee list: attendee participant
spreadsheet, sheet, pdf, doc, docs, word document: file document
share, shared link, sharing link, public link: share permission link
version history, previous version, old version, revision: revision version
trash, recycle bin, deleted files, bin: trash
disk usage, storage used, space used, space left: storage quota usage
bucket, container of files: bucket
blob, object, stored file: object blob
thumbnail, preview: thumbnail preview
duplicate, clone, copy of: copy
e signature, esignature, sign document, signing: envelope signature
zone file, dns file, bind file: dns record export
website, site, domain name, my domain: zone domain
dns entry, dns entries, dns setting, dns settings, host record, name record: dns record
nameserver, name server, ns: nameserver dns
a record, cname, mx record, txt record, aaaa record, srv record: dns record
subdomain, sub domain: dns record
purge, purge cache, clear cache, flush cache, cached copy: cache purge
ssl, tls, https, cert, ssl cert, padlock: certificate ssl
redirect, forward, forwarding, url forward: redirect page rule
firewall, block ip, block an ip, blocklist, allowlist, whitelist, blacklist, ip block: firewall rule access
waf, web application firewall: firewall waf
ddos, attack, under attack: firewall security
traffic, visitors, hits, bandwidth, requests served: analytics
throttle, throttling, rate limiting: rate limit
edge function, serverless function, edge script: worker script
origin server, backend server, upstream: origin pool
load balancing: load balancer pool
registrar, buy domain, domain purchase, domain renewal, transfer domain: registrar domain
tunnel, secure tunnel: tunnel
cdn: cache zone
bots, bot traffic, crawler, scraper: bot management
server, vm, virtual machine, machine, box, host, droplet, node: instance server
disk, drive, storage volume, block storage: volume disk
backup, backups, restore point: snapshot backup
os image, machine image, ami, template: image
ip, ip address, static ip, public ip, elastic ip, floating ip: ip address
private network, vpc, subnet, virtual network, lan: network vpc subnet
security group, port rules, open port: firewall security group
datacenter, data center, location, availability zone: region zone
db, database server, postgres, mysql: database cluster
docker, container, pod: container
kubernetes, k8s: cluster kubernetes
lambda, serverless: function
message queue, job queue: queue
ssh key, ssh keys, key pair, public key: ssh key
reboot, restart, bounce the server: reboot action
shut down, shutdown, power off, turn off, switch off: power off shutdown stop
power on, boot, turn on, switch on, spin up: power on start
resize, scale, scale up, bigger machine: resize
spend, costs, cloud bill: billing invoice usage
passcode, passphrase, pwd: password
reset password, forgot password, forgotten password, lost password: password reset recovery
log in, sign in, signing in: login session token
log out, sign out, signing out: logout session
api key, access key, credential, credentials, secret key, personal access token, pat: key token
rotate, rotate key, regenerate, new key: roll key rotate
2fa, mfa, two factor, authenticator, otp app: mfa factor
sso, saml, single sign on, okta: sso saml identity provider
admin, access level, rights, privileges, permissions: role permission
department, squad, group of people, team members: team group
add user, onboard user, bring in, add someone: invitation invite user
deactivate, suspend, disable user, lock out, ban: suspend deactivate
employee, staff, colleague, coworker, co worker: user member
account settings, preferences, profile settings: settings
audit log, activity log, audit trail, who did what, who changed: audit log event
logged in devices, signed in devices, active sessions: session device
oauth app, connected app, third party app, installed app, integration: app integration oauth installation
hire, new hire, staff member, worker: employee
salary, wage, wages, paycheck, pay slip, payslip, payroll run, pay run, compensation: payroll pay
time off, vacation, leave, pto, holiday, sick day, absence: time off leave
clock in, clock out, hours worked, time card, timecard: timesheet time entry
fire, terminate, offboard, let go, dismissal: termination employee
boss, line manager, org chart, direct reports, reporting line: manager employee
perks, insurance, health plan, pension, 401k: benefit
applicant, job application, job seeker, cv, resume: candidate application
opening, job opening, vacancy, job posting, role opening, position: job
interview, interviews, screening: interview
expense, expenses, reimbursement, expense report: expense
blast, email blast, newsletter, mailout, mail out, email campaign: campaign
mailing list, subscriber list, audience, email list: list audience
signup, sign up, opt in, opted in, newsletter subscriber: subscriber member contact
open rate, click rate, clicks, opens, performance, campaign stats: report statistics
drip, journey, sequence, nurture, autoresponder: automation workflow
ab test, a b test, split test: variant test
landing page, signup form, web form: form page
crash, crashes, exception, exceptions, errors, stack trace: error event issue
alarm, pager, on call, page me, oncall: alert incident monitor
outage, downtime, incident report: incident
uptime, health, health check, status page, is it up: health check monitor status
chart, graph, panel, dashboard: dashboard
measurement, numbers, figures, kpi, stats, statistics: metric statistics
page view, pageview, page views, visit, visits, sessions: analytics pageview
trace, latency, slow request, slowness, span: trace span
log lines, log entries, server logs, console output: log
event notifications, event notification, notification url, notification endpoint: webhook endpoint
callback, callback url, webhook url, hook, hooks, ping url, postback: webhook endpoint
notify me, alert me, get notified, notifications: webhook notification subscription
redeliver, resend event, retry delivery, failed delivery: delivery webhook
event log, event history, events that happened: event
export, dump, extract, download all: export
import, bulk upload, bulk import, load data: import
settings, preferences, options, setup, configure: settings configuration
history, past, previous, earlier: history event
recent, latest, newest, last: list recent
how many, number of, total, tally: count
undo, restore, recover, bring back, undelete: restore
profile picture, profile photo, avatar image, headshot: avatar image
turn on, switch on, activate: enable
turn off, switch off, deactivate: disable
kick out, boot out: remove
get rid of, throw away, trash: delete
`;

/** Everyday words and phrases (lower case, words joined by one space) → the API's words. */
export const THESAURUS: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  for (const line of ENTRIES.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const words = line
      .slice(colon + 1)
      .trim()
      .split(/\s+/);
    for (const key of line.slice(0, colon).split(",")) {
      const phrase = key.trim().toLowerCase().split(/\s+/).join(" ");
      if (phrase === "") continue;
      const known = table.get(phrase) ?? [];
      for (const word of words) if (!known.includes(word)) known.push(word);
      table.set(phrase, known);
    }
  }
  return table;
})();
