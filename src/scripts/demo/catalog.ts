/**
 * The demo catalog: groceries and household goods of the Hauran plain around
 * Daraa, sold by the three demo vendors of vendors.json. Prices are in the
 * store's currencies' main units (SYP and USD).
 */

import type { ProductPicture } from "./draw-product-image"

// Arabic texts are stored as Medusa translations for the "ar" locale (docs/demo.md).
export type DemoCategory = { name: string; handle: string; description: string; ar: { name: string; description: string } }

export type DemoCollection = { title: string; handle: string; ar: { title: string } }

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
  collection: string
  option_title: string
  ar: { title: string; description: string }
  // Drawn at seed time and uploaded through the File module.
  picture: ProductPicture
  variants: DemoVariant[]
}

export const demoCategories: DemoCategory[] = [
  { name: "Bakery", handle: "bakery", description: "Bread and pastries baked every morning.", ar: { name: "مخبوزات", description: "خبز ومعجنات تُخبز كل صباح." } },
  { name: "Fresh Produce", handle: "fresh-produce", description: "Vegetables and fruit from Hauran farms.", ar: { name: "خضار وفواكه", description: "خضار وفواكه من مزارع حوران." } },
  { name: "Dairy & Eggs", handle: "dairy-eggs", description: "Labneh, cheese, yoghurt and eggs.", ar: { name: "ألبان وبيض", description: "لبنة وجبنة ولبن وبيض." } },
  { name: "Pantry", handle: "pantry", description: "Olive oil, grains and spices.", ar: { name: "مؤونة", description: "زيت زيتون وحبوب وبهارات." } },
  { name: "Sweets", handle: "sweets", description: "Traditional sweets for every occasion.", ar: { name: "حلويات", description: "حلويات تقليدية لكل مناسبة." } },
  { name: "Household", handle: "household", description: "Soap and everyday household goods.", ar: { name: "مستلزمات منزلية", description: "صابون ومستلزمات البيت اليومية." } },
]

// Two or three collections give a storefront's home page something to show.
export const demoCollections: DemoCollection[] = [
  { title: "Breakfast Table", handle: "breakfast-table", ar: { title: "سفرة الفطور" } },
  { title: "From the Hauran Fields", handle: "hauran-harvest", ar: { title: "من حقول حوران" } },
  { title: "Sweets & Gifts", handle: "sweets-and-gifts", ar: { title: "حلويات وهدايا" } },
]

export const demoProducts: DemoProduct[] = [
  {
    title: "Arabic Bread",
    handle: "arabic-bread",
    vendor: "hauran-bakery",
    description: "Soft round flatbread, baked this morning.",
    category: "bakery",
    collection: "breakfast-table",
    ar: { title: "خبز عربي", description: "خبز دائري طري، مخبوز هذا الصباح." },
    picture: { background: "#f3e3c3", color: "#d9a45b", motif: "oval" },
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
    collection: "breakfast-table",
    ar: { title: "مناقيش زعتر", description: "خبز مغطى بالزعتر وزيت الزيتون، علبة من ست قطع." },
    picture: { background: "#f3e3c3", color: "#7a8b3a", motif: "round" },
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
    collection: "hauran-harvest",
    ar: { title: "بندورة حوران", description: "بندورة ناضجة تحت الشمس من حقول درعا." },
    picture: { background: "#e4efd8", color: "#c9412f", motif: "round" },
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
    collection: "hauran-harvest",
    ar: { title: "خيار", description: "خيار صغير مقرمش يُقطف يومياً." },
    picture: { background: "#e4efd8", color: "#4f7d2b", motif: "oval" },
    option_title: "Weight",
    variants: [{ title: "1 kg", sku: "CUCUMBER-1KG", option: "1 kg", prices: { syp: 50, usd: 0.4 }, stock: 250 }],
  },
  {
    title: "Labneh",
    handle: "labneh",
    vendor: "daraa-fresh-market",
    description: "Thick strained yoghurt, made in small batches.",
    category: "dairy-eggs",
    collection: "breakfast-table",
    ar: { title: "لبنة", description: "لبن مصفّى كثيف، يُصنع بكميات صغيرة." },
    picture: { background: "#e3ecf3", color: "#f7f4ea", motif: "jar" },
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
    collection: "breakfast-table",
    ar: { title: "بيض بلدي", description: "صينية من ثلاثين بيضة من دجاج القرية." },
    picture: { background: "#e3ecf3", color: "#c98d55", motif: "tray" },
    option_title: "Pack",
    variants: [{ title: "Tray of 30", sku: "EGGS-30", option: "Tray of 30", prices: { syp: 480, usd: 4 }, stock: 90 }],
  },
  {
    title: "Hauran Olive Oil",
    handle: "hauran-olive-oil",
    vendor: "al-balad-pantry",
    description: "Cold-pressed extra virgin olive oil from this season's harvest.",
    category: "pantry",
    collection: "hauran-harvest",
    ar: { title: "زيت زيتون حوراني", description: "زيت زيتون بكر ممتاز معصور على البارد من قطاف هذا الموسم." },
    picture: { background: "#efe6d2", color: "#6b8e23", motif: "bottle" },
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
    collection: "hauran-harvest",
    ar: { title: "فريكة", description: "قمح أخضر محمّص ومجروش للشوربات والطبخ." },
    picture: { background: "#efe6d2", color: "#7c6a3a", motif: "grains" },
    option_title: "Weight",
    variants: [{ title: "1 kg", sku: "FREEKEH-1KG", option: "1 kg", prices: { syp: 200, usd: 1.7 }, stock: 150 }],
  },
  {
    title: "Date Ma'amoul",
    handle: "date-maamoul",
    vendor: "hauran-bakery",
    description: "Semolina cookies filled with dates.",
    category: "sweets",
    collection: "sweets-and-gifts",
    ar: { title: "معمول بالتمر", description: "كعك السميد المحشو بالتمر." },
    picture: { background: "#f6e0e4", color: "#b97c45", motif: "round" },
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
    collection: "sweets-and-gifts",
    ar: { title: "صابون زيت الزيتون", description: "صابون الغار وزيت الزيتون، ثلاث قطع." },
    picture: { background: "#e6e3f0", color: "#8a9a5b", motif: "bar" },
    option_title: "Pack",
    variants: [{ title: "3 bars", sku: "SOAP-3", option: "3 bars", prices: { syp: 240, usd: 2 }, stock: 110 }],
  },
]
