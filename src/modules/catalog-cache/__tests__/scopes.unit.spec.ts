import { readRuleOf, scopesChangedByEvent, scopesReadByPath, scopesWrittenByPath } from "../scopes"
import { MemoryScopeVersions } from "../versions"

describe("catalog cache scopes", () => {
  it("names what a store read depends on, and leaves personal reads uncached", () => {
    expect(scopesReadByPath("/store/products")).toEqual(["products", "vendors", "categories", "regions"])
    expect(scopesReadByPath("/store/products/prod_1")).toEqual(["products", "vendors", "categories", "regions"])
    expect(scopesReadByPath("/store/vendors/bosra-dairy")).toEqual(["vendors", "products"])
    expect(scopesReadByPath("/store/regions")).toEqual(["regions"])
    for (const path of ["/store/carts/cart_1", "/store/customers/me", "/store/shipping-options/so_1", "/store/products/prod_1/extra", "/store/orders"]) {
      expect(scopesReadByPath(path)).toBeNull()
    }
    expect(readRuleOf("/store/products")?.per_cart).toBe(false)
  })

  it("keys a cart's shipping options by the cart, and by what shipping, stock, prices, stores and regions they are built from", () => {
    expect(readRuleOf("/store/shipping-options")).toEqual({ scopes: ["shipping", "products", "vendors", "regions"], per_cart: true })
    for (const path of ["/admin/shipping-options/so_1", "/admin/fulfillment-sets/fuset_1/service-zones/serzo_1", "/admin/delivery-zones/dz_1", "/admin/shipping-profiles"]) {
      expect(scopesWrittenByPath(path)).toEqual(["shipping"])
    }
    expect(scopesWrittenByPath("/admin/stock-locations/sloc_1")).toEqual(["products", "shipping"])
    expect(scopesChangedByEvent("fulfillment.shipping-option.updated")).toEqual(["shipping"])
    expect(scopesChangedByEvent("fulfillment.geo-zone.created")).toEqual(["shipping"])
    expect(scopesChangedByEvent("stock-location.stock-location.updated")).toEqual(["products", "shipping"])
  })

  it("names what an admin or vendor write changes, and nothing for money or delivery routes", () => {
    expect(scopesWrittenByPath("/vendor/products/prod_1/variants/variant_1/stock")).toEqual(["products"])
    expect(scopesWrittenByPath("/admin/price-lists/plist_1/prices/batch")).toEqual(["products"])
    expect(scopesWrittenByPath("/admin/product-categories/pcat_1")).toEqual(["categories", "products"])
    expect(scopesWrittenByPath("/admin/vendors/ven_1/suspend")).toEqual(["vendors", "products"])
    expect(scopesWrittenByPath("/admin/regions/reg_1")).toEqual(["regions", "products"])
    for (const path of ["/vendor/orders/order_1/accept", "/admin/payouts", "/admin/wallets/w/adjust", "/admin/productsx", "/admin/couriers/c/approve"]) {
      expect(scopesWrittenByPath(path)).toEqual([])
    }
  })

  it("reads the entity out of module and workflow event names", () => {
    expect(scopesChangedByEvent("inventory.reservation-item.created")).toEqual(["products"])
    expect(scopesChangedByEvent("product.updated")).toEqual(["products"])
    expect(scopesChangedByEvent("product.product-category.updated")).toEqual(["categories", "products"])
    expect(scopesChangedByEvent("vendor.suspended")).toEqual(["vendors", "products"])
    expect(scopesChangedByEvent("region.updated")).toEqual(["regions", "products"])
    expect(scopesChangedByEvent("order.placed")).toEqual([])
    expect(scopesChangedByEvent("vendor_order.accepted")).toEqual([])
  })

  it("gives a bumped scope a version never seen before, and leaves the others as they were", async () => {
    const versions = new MemoryScopeVersions()
    const [products, regions] = await versions.read(["products", "regions"])
    await versions.bump(["products"])
    const [productsAfter, regionsAfter] = await versions.read(["products", "regions"])
    expect(productsAfter).not.toEqual(products)
    expect(regionsAfter).toEqual(regions)
  })
})
