/**
 * The demo catalog: groceries and household goods of the Hauran plain around
 * Daraa, sold by the three demo vendors of vendors.json. Prices are in the
 * store's currencies' main units (SYP and USD).
 */

export type DemoCategory = { name: string; handle: string; description: string }

export type DemoVariant = {
  title: string
  sku: string
  option: string
  prices: { syp: number; usd: number }
  stock: number
}

export type DemoProduct = {
  title: string
  handle: string
  // The demo vendor (vendors.json) that sells it.
  vendor: string
  description: string
  category: string
  option_title: string
  variants: DemoVariant[]
}

export const demoCategories: DemoCategory[] = [
  { name: "Bakery", handle: "bakery", description: "Bread and pastries baked every morning." },
  { name: "Fresh Produce", handle: "fresh-produce", description: "Vegetables and fruit from Hauran farms." },
  { name: "Dairy & Eggs", handle: "dairy-eggs", description: "Labneh, cheese, yoghurt and eggs." },
  { name: "Pantry", handle: "pantry", description: "Olive oil, grains and spices." },
  { name: "Sweets", handle: "sweets", description: "Traditional sweets for every occasion." },
  { name: "Household", handle: "household", description: "Soap and everyday household goods." },
]

export const demoProducts: DemoProduct[] = [
  {
    title: "Arabic Bread",
    handle: "arabic-bread",
    vendor: "hauran-bakery",
    description: "Soft round flatbread, baked this morning.",
    category: "bakery",
    option_title: "Pack",
    variants: [
      { title: "7 loaves", sku: "BREAD-7", option: "7 loaves", prices: { syp: 30, usd: 0.25 }, stock: 400 },
      { title: "14 loaves", sku: "BREAD-14", option: "14 loaves", prices: { syp: 55, usd: 0.45 }, stock: 200 },
    ],
  },
  {
    title: "Za'atar Manakish",
    handle: "zaatar-manakish",
    vendor: "hauran-bakery",
    description: "Flatbread topped with za'atar and olive oil, a box of six.",
    category: "bakery",
    option_title: "Pack",
    variants: [
      { title: "Box of 6", sku: "MANAKISH-6", option: "Box of 6", prices: { syp: 120, usd: 1 }, stock: 80 },
    ],
  },
  {
    title: "Hauran Tomatoes",
    handle: "hauran-tomatoes",
    vendor: "daraa-fresh-market",
    description: "Sun-ripened tomatoes from the fields around Daraa.",
    category: "fresh-produce",
    option_title: "Weight",
    variants: [
      { title: "1 kg", sku: "TOMATO-1KG", option: "1 kg", prices: { syp: 60, usd: 0.5 }, stock: 300 },
      { title: "5 kg", sku: "TOMATO-5KG", option: "5 kg", prices: { syp: 270, usd: 2.25 }, stock: 60 },
    ],
  },
  {
    title: "Cucumbers",
    handle: "cucumbers",
    vendor: "daraa-fresh-market",
    description: "Small crunchy cucumbers, picked daily.",
    category: "fresh-produce",
    option_title: "Weight",
    variants: [{ title: "1 kg", sku: "CUCUMBER-1KG", option: "1 kg", prices: { syp: 50, usd: 0.4 }, stock: 250 }],
  },
  {
    title: "Labneh",
    handle: "labneh",
    vendor: "daraa-fresh-market",
    description: "Thick strained yoghurt, made in small batches.",
    category: "dairy-eggs",
    option_title: "Size",
    variants: [
      { title: "500 g", sku: "LABNEH-500", option: "500 g", prices: { syp: 150, usd: 1.25 }, stock: 120 },
      { title: "1 kg", sku: "LABNEH-1000", option: "1 kg", prices: { syp: 280, usd: 2.3 }, stock: 60 },
    ],
  },
  {
    title: "Free-range Eggs",
    handle: "free-range-eggs",
    vendor: "daraa-fresh-market",
    description: "A tray of thirty eggs from village hens.",
    category: "dairy-eggs",
    option_title: "Pack",
    variants: [{ title: "Tray of 30", sku: "EGGS-30", option: "Tray of 30", prices: { syp: 480, usd: 4 }, stock: 90 }],
  },
  {
    title: "Hauran Olive Oil",
    handle: "hauran-olive-oil",
    vendor: "al-balad-pantry",
    description: "Cold-pressed extra virgin olive oil from this season's harvest.",
    category: "pantry",
    option_title: "Volume",
    variants: [
      { title: "1 L", sku: "OLIVE-OIL-1L", option: "1 L", prices: { syp: 600, usd: 5 }, stock: 100 },
      { title: "3 L", sku: "OLIVE-OIL-3L", option: "3 L", prices: { syp: 1700, usd: 14 }, stock: 40 },
    ],
  },
  {
    title: "Freekeh",
    handle: "freekeh",
    vendor: "al-balad-pantry",
    description: "Roasted green wheat, cracked for soups and pilafs.",
    category: "pantry",
    option_title: "Weight",
    variants: [{ title: "1 kg", sku: "FREEKEH-1KG", option: "1 kg", prices: { syp: 200, usd: 1.7 }, stock: 150 }],
  },
  {
    title: "Date Ma'amoul",
    handle: "date-maamoul",
    vendor: "hauran-bakery",
    description: "Semolina cookies filled with dates.",
    category: "sweets",
    option_title: "Box",
    variants: [
      { title: "500 g", sku: "MAAMOUL-500", option: "500 g", prices: { syp: 450, usd: 3.75 }, stock: 70 },
      { title: "1 kg", sku: "MAAMOUL-1000", option: "1 kg", prices: { syp: 900, usd: 7.5 }, stock: 35 },
    ],
  },
  {
    title: "Olive Oil Soap",
    handle: "olive-oil-soap",
    vendor: "al-balad-pantry",
    description: "Laurel and olive oil soap, a pack of three bars.",
    category: "household",
    option_title: "Pack",
    variants: [{ title: "3 bars", sku: "SOAP-3", option: "3 bars", prices: { syp: 240, usd: 2 }, stock: 110 }],
  },
]
