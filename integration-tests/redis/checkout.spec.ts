import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, readableHttpErrors } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"

jest.setTimeout(240 * 1000)

/**
 * The split checkout on Medusa's Redis workflow engine and locking, as it runs
 * when scaled out: workflow state is stored in Redis between steps, and the
 * cart lock is a Redis lock that every instance sees.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("completes a 3-vendor cart once under parallel requests, with totals adding up to the one capture", async () => {
      readableHttpErrors(api)
      const { publishableKey } = await seedDemoMarketplace(getContainer())
      const admin = await adminToken(api)
      const vendors = await Promise.all(["Busra Mill", "Sheikh Miskin Farm", "Jasim Grocer"].map((name) => sellingVendor(api, admin, { name })))
      const { cartId, cart, headers } = await marketplaceCart(
        api,
        publishableKey,
        vendors.map((vendor) => ({ variant_id: vendor.product.variants[0].id, quantity: 2 }))
      )

      const answers = await Promise.all(Array.from({ length: 5 }, () => attempt(api.post(`/store/carts/${cartId}/complete`, {}, headers))))
      const succeeded = answers.filter((answer) => answer.status === 200)
      expect(succeeded.length).toBeGreaterThan(0)
      expect(answers.filter((answer) => answer.status !== 200).every((answer) => answer.status === 409)).toBe(true)
      expect(new Set(succeeded.map((answer) => answer.data.order_group.id)).size).toEqual(1)

      const orders = succeeded[0].data.order_group.orders
      expect(orders.map((order: any) => order.vendor.id).sort()).toEqual(vendors.map((vendor) => vendor.vendor.id).sort())
      const sum = orders.reduce((total: any, order: any) => MathBN.add(total, order.total), MathBN.convert(0))
      expect(MathBN.eq(sum, cart.total)).toBe(true)

      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order_group",
          fields: ["id", "orders.id", "payment_collection.payments.captures.id"],
          filters: { cart_id: cartId },
        })
      expect(data).toHaveLength(1)
      expect((data[0] as any).orders).toHaveLength(3)
      expect((data[0] as any).payment_collection.payments[0].captures).toHaveLength(1)

      // A vendor's reject refunds its share through the same Redis-backed workflows.
      const rejected = await api.post(`/vendor/orders/${orders[0].id}/reject`, { reason: "Closed for Eid" }, bearer(vendorOf(orders[0]).token))
      expect(rejected.data.order.vendor_status).toEqual("rejected")

      function vendorOf(order: any) {
        return vendors.find((vendor) => vendor.vendor.id === order.vendor.id)!
      }
    })
  },
})
