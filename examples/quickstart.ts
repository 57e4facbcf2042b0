// Which products are running low? One script instead of one model round trip per call.
const products = await shop.listProducts({});
const levels = await Promise.all(products.map((p) => shop.getStock({ sku: p.sku })));

const low = products
  .map((product, i) => ({ name: product.name, units: levels[i].units }))
  .filter((item) => item.units < 10);

console.log(`${products.length} products, ${low.length} running low:`);
for (const item of low) console.log(item);

return { low: low.map((item) => item.name) };
