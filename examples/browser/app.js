// The example shop in a page: codemode's page build runs the model's (here: your) script in a Web
// Worker; the shop's functions run in the page; the journal is in IndexedDB, so a reorder waiting
// for approval is still waiting after a reload.
import { createCodeMode } from "/dist/browser/codemode.js";
import shop from "/examples/codemode.config.mjs";

const SCRIPT = `// Reorder what is running low: each order waits for your approval.
const products = await shop.listProducts({});
const levels = await Promise.all(products.map((p) => shop.getStock({ sku: p.sku })));
const low = levels.filter((level) => level.units < 5);
console.log("low stock:", low);

const orders = [];
for (const level of low) orders.push(await shop.reorder({ sku: level.sku, units: 20 - level.units }));
return orders.map((order) => order.orderId);`;

const element = (id) => document.getElementById(id);
const code = element("code");
const run = element("run");
code.value = SCRIPT;

const runtime = async (typecheck) =>
  createCodeMode({
    config: { limits: shop.limits },
    functions: shop.functions,
    store: "indexeddb:example-shop",
    typecheck,
  });
let cm = await runtime(true);
element("types").textContent = await cm.describe("shop");
element("status").textContent = "Ready: scripts run in a Web Worker, the journal is in IndexedDB.";
run.disabled = false;

element("typecheck").addEventListener("change", async (event) => {
  run.disabled = true;
  await cm.close();
  cm = await runtime(event.target.checked);
  run.disabled = false;
});

run.addEventListener("click", async () => {
  run.disabled = true;
  element("output").textContent = "Running…";
  try {
    show(await cm.execute(code.value, { origin: "example page" }));
  } finally {
    run.disabled = false;
  }
});

/** Shows an outcome, and the approvals it waits for. */
function show(result) {
  const lines = [`status: ${result.status}`];
  if (result.logs.length) lines.push("", ...result.logs);
  if (result.result !== undefined)
    lines.push("", `result: ${JSON.stringify(result.result, null, 2)}`);
  if (result.error) lines.push("", `${result.error.name}: ${result.error.message}`);
  element("output").textContent = lines.join("\n");
  showApprovals();
}

async function showApprovals() {
  const pending = await cm.pending();
  element("approvals").hidden = pending.length === 0;
  element("approval-list").replaceChildren(
    ...pending.map((approval) => {
      const row = document.createElement("div");
      row.className = "approval";
      const what = document.createElement("code");
      what.textContent = approval.summary;
      const buttons = document.createElement("div");
      buttons.className = "buttons";
      const approve = document.createElement("button");
      approve.type = "button";
      approve.textContent = "Approve";
      approve.addEventListener("click", async () =>
        show(await cm.approve(approval.id, { by: "page user" })),
      );
      const reject = document.createElement("button");
      reject.type = "button";
      reject.textContent = "Reject";
      reject.className = "reject";
      reject.addEventListener("click", async () =>
        show(await cm.reject(approval.id, "not now", { by: "page user" })),
      );
      buttons.append(approve, reject);
      row.append(what, buttons);
      return row;
    }),
  );
}
showApprovals();
