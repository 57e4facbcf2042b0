// What reaches the model, shown on the library: a result kept by reference, personal data as
// tokens, a run that yields and is waited for or cancelled, content for the user, session state.
// `npm run build` first.   node examples/run-data.mjs
import { createCodeMode } from "../dist/index.js";

const received = [];
const cm = await createCodeMode({
  typecheck: false,
  privacy: { tokenize: ["email", "phone", "card", "iban", "ip"] },
  functions: {
    crm: {
      customers: {
        input: { type: "object" },
        execute: async () =>
          Array.from({ length: 5000 }, (_, i) => ({
            id: i,
            email: `customer${i}@example.com`,
            phone: `+1 415-555-${String(1000 + i).slice(-4)}`,
          })),
      },
      send: {
        input: { type: "object" },
        execute: async (args) => {
          received.push(args);
          return { sent: true, to: args.to };
        },
      },
      slowReport: {
        input: { type: "object" },
        execute: () => new Promise((resolve) => setTimeout(() => resolve({ pages: 12 }), 1500)),
      },
    },
  },
});
const show = (label, value) => console.log(`${label}\n${JSON.stringify(value, null, 2)}\n`);

// 1. A result too long for the model: a preview and a handle.
const first = await cm.execute("return await crm.customers({})", {
  limits: { maxOutputChars: 600 },
});
show("1. execute → 5,000 rows, maxOutputChars 600:", { ...first, stats: undefined });

// 2. The next run loads it whole; the token in the arguments reaches the host as the real value.
const ref = first.refs[0];
const second = await cm.execute(
  `const rows = await codemode.load("${ref}");
   const reply = await crm.send({ to: "[email_1]", text: "About your order" });
   return { rows: rows.length, last: rows[4999], reply };`,
);
show("2. load the ref, send to [email_1]:", second.result);
show("   what the host function received:", received);

// 3. A run that yields after 300 ms, then is waited for.
const running = await cm.execute(
  `console.log("building the report"); return await crm.slowReport({})`,
  { yieldAfterMs: 300 },
);
show("3. execute with yieldAfterMs 300:", { ...running, executionId: "…", stats: undefined });
const done = await cm.wait(running.executionId, { timeoutMs: 5000 });
show("   cm.wait(executionId, { timeoutMs: 5000 }):", { status: done.status, result: done.result });

// 4. Cancelled.
const endless = await cm.execute("await crm.slowReport({}); await crm.slowReport({})", {
  yieldAfterMs: 100,
});
const cancelled = await cm.cancel(endless.executionId, { by: "ada" });
show("4. cm.cancel(executionId, { by: 'ada' }):", {
  status: cancelled.status,
  error: cancelled.error,
});

// 5. Content for the user, and state kept between runs of one session.
const emitted = await cm.execute(
  `await codemode.emit({ type: "text", text: "Report: 12 pages" });
   await codemode.state.set("report", { pages: 12 });
   return "done"`,
  { session: "ada" },
);
show("5. emit and state.set (session ada):", { result: emitted.result, emitted: emitted.emitted });
const [own, other] = await Promise.all(
  ["ada", "bob"].map((session) =>
    cm.execute(`return (await codemode.state.get("report")) ?? null`, { session }),
  ),
);
show("   state.get in session ada, then bob:", [own.result, other.result]);
await cm.close();
