// An example config with host functions: a small shop catalogue kept in memory.
// `codemode run --config examples/codemode.config.mjs examples/quickstart.ts` runs a script against it.
// `shop.reorder` places an order with a supplier: it waits for a person's approval, and a rollback
// cancels it. The journal lives in examples/.codemode (the default store, beside this file).

const products = [
  { sku: "TEA-01", name: "Green tea", category: "tea", priceCents: 450 },
  { sku: "TEA-02", name: "Earl Grey", category: "tea", priceCents: 520 },
  { sku: "COF-01", name: "Espresso beans", category: "coffee", priceCents: 1290 },
  { sku: "COF-02", name: "Decaf beans", category: "coffee", priceCents: 1150 },
  { sku: "CUP-01", name: "Travel mug", category: "gear", priceCents: 1800 },
];
const stock = { "TEA-01": 42, "TEA-02": 3, "COF-01": 0, "COF-02": 17, "CUP-01": 5 };

export default {
  limits: { timeoutMs: 10000 },
  functions: {
    shop: {
      listProducts: {
        description: "List the products of the shop, optionally of one category.",
        input: {
          type: "object",
          properties: { category: { type: "string", enum: ["tea", "coffee", "gear"] } },
        },
        output: {
          type: "array",
          items: {
            type: "object",
            properties: {
              sku: { type: "string" },
              name: { type: "string" },
              category: { type: "string" },
              priceCents: { type: "integer" },
            },
            required: ["sku", "name", "category", "priceCents"],
          },
        },
        annotations: { readOnlyHint: true },
        execute: async ({ category }) =>
          products.filter((p) => !category || p.category === category),
      },
      getStock: {
        description: "Units in stock for one product.",
        input: {
          type: "object",
          properties: { sku: { type: "string", description: "Product SKU, e.g. TEA-01" } },
          required: ["sku"],
          additionalProperties: false,
        },
        output: {
          type: "object",
          properties: { sku: { type: "string" }, units: { type: "integer" } },
          required: ["sku", "units"],
        },
        annotations: { readOnlyHint: true },
        execute: async ({ sku }) => {
          if (!(sku in stock)) throw new Error(`no product has SKU ${sku}`);
          return { sku, units: stock[sku] };
        },
      },
      reorder: {
        description: "Order more units of a product from its supplier.",
        input: {
          type: "object",
          properties: {
            sku: { type: "string", description: "Product SKU, e.g. TEA-01" },
            units: { type: "integer", minimum: 1, maximum: 500 },
          },
          required: ["sku", "units"],
          additionalProperties: false,
        },
        output: {
          type: "object",
          properties: {
            orderId: { type: "string" },
            sku: { type: "string" },
            units: { type: "integer" },
          },
          required: ["orderId", "sku", "units"],
        },
        needsApproval: true,
        execute: async ({ sku, units }) => ({ orderId: `PO-${sku}-${units}`, sku, units }),
        revert: async (_args, order) => ({ cancelled: order.orderId }),
      },
    },
  },
};
