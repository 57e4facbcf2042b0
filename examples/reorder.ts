// Reorder what is running low. Each order waits for a person's approval (shop.reorder declares
// needsApproval): the run pauses, and `codemode approvals approve ID` resumes it.
const products = await shop.listProducts({});
const levels = await Promise.all(products.map((p) => shop.getStock({ sku: p.sku })));
const low = levels.filter((level) => level.units < 5);
console.log(`reordering ${low.map((level) => level.sku).join(", ")}`);

const orders = [];
for (const level of low) orders.push(await shop.reorder({ sku: level.sku, units: 20 - level.units }));
return orders.map((order) => order.orderId);
