import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  updateProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createTranslationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"
import { SECURITY_MODULE } from "../../modules/security"
import type SecurityModuleService from "../../modules/security/service"
import { createVendorWorkflow } from "../../workflows/vendor/workflows/create-vendor"
import { COURIER_MODULE } from "../../modules/courier"
import type CourierModuleService from "../../modules/courier/service"
import type { CourierVehicleType } from "../../modules/courier/models/courier"
import { createCourierWorkflow } from "../../workflows/courier/workflows/create-courier"
import { changeCourierStatusWorkflow } from "../../workflows/courier/workflows/change-courier-status"
import { setCourierAvailabilityWorkflow } from "../../workflows/courier/workflows/set-courier-availability"
import { changeVendorStatusWorkflow } from "../../workflows/vendor/workflows/change-vendor-status"
import { setUpVendorShippingWorkflow } from "../../workflows/vendor/workflows/set-up-vendor-shipping"
import { createVendorProductWorkflow } from "../../workflows/vendor-product/workflows/create-vendor-product"
import { demoCategories, demoCollections, demoProducts, type DemoProduct } from "./catalog"
import { drawProductImage } from "./draw-product-image"
import { COMMISSION_MODULE } from "../../modules/commission"
import type CommissionModuleService from "../../modules/commission/service"
import { createCommissionRuleWorkflow } from "../../workflows/commission/workflows/create-commission-rule"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { DARAA_DELIVERY_PROVIDER_ID } from "../../modules/fulfillment-daraa-delivery"
import { createDeliveryZoneWorkflow } from "../../workflows/delivery/workflows/create-delivery-zone"
import { vendorDeliveryOptionInput } from "../../workflows/vendor/vendor-delivery-option"
import seedVersion from "./seed-version.json"
import demoVendors from "./vendors.json"
import demoCouriers from "./couriers.json"

/**
 * Seeds the demo marketplace. Every part is looked up by a natural key first
 * (name, handle, email), so running it again adds nothing.
 */

export const DEMO_SALES_CHANNEL = "Daraa Marketplace"
export const DEMO_PUBLISHABLE_KEY_TITLE = "Daraa Storefront"
export const DEMO_REGION = "Syria"
export const DEMO_STOCK_LOCATION = "Daraa Central Warehouse"
export const DEMO_SHIPPING_OPTION = "Standard delivery"
// The payment methods the demo region offers, each once its provider is registered
// (Stripe only with STRIPE_API_KEY; medusa-config.ts).
export const DEMO_PAYMENT_PROVIDERS = ["pp_system_default", "pp_wallet_wallet", "pp_cod_cod", "pp_stripe_stripe"]
// The storefront locales (GET /store/locales); Arabic texts are Medusa translations for "ar".
export const DEMO_LOCALES = [
  { code: "en", name: "English" },
  { code: "ar", name: "Arabic" },
]
export const DEMO_TRANSLATION_LOCALE = "ar"

const MARKETPLACE_DESCRIPTION = "The marketplace every vendor sells through."
// What Medusa names the channel and key it creates on its first boot; only those are adopted.
const MEDUSA_DEFAULT_SALES_CHANNEL = "Default Sales Channel"
const MEDUSA_DEFAULT_PUBLISHABLE_KEY = "Default Publishable API Key"
const COUNTRIES = ["sy"]

export function demoAdminCredentials() {
  return {
    email: process.env.DEMO_ADMIN_EMAIL || "admin@daraa.local",
    password: process.env.DEMO_ADMIN_PASSWORD || "daraa-admin",
  }
}

/** The owner login of each demo vendor: <handle>@daraa.local and DEMO_VENDOR_PASSWORD. */
export function demoVendorCredentials() {
  return demoVendors.map((vendor) => ({
    handle: vendor.handle,
    email: `${vendor.handle}@daraa.local`,
    password: process.env.DEMO_VENDOR_PASSWORD || "daraa-vendor",
  }))
}

/** The login of each demo courier: <login>@daraa.local and DEMO_COURIER_PASSWORD. */
export function demoCourierCredentials() {
  return demoCouriers.map((courier) => ({
    login: courier.login,
    email: `${courier.login}@daraa.local`,
    password: process.env.DEMO_COURIER_PASSWORD || "daraa-courier",
  }))
}

export async function seedDemoMarketplace(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const step = (message: string) => logger.info(`[seed] ${message}`)

  step("store, currencies, locales and sales channel")
  const salesChannel = await ensureSalesChannel(container)
  await ensureLocales(container)
  const store = await ensureStore(container, salesChannel.id)

  step("region and tax region")
  const region = await ensureRegion(container)

  step("stock location, fulfillment and shipping")
  const shippingProfileId = await ensureShippingProfile(container)
  const location = await ensureStockLocation(container, salesChannel.id)
  await ensureShippingOption(container, location.id, shippingProfileId, region.id)

  step("publishable API key")
  const apiKey = await ensurePublishableKey(container, salesChannel.id)

  step("platform admin")
  await ensureAdmin(container)

  step("approved demo vendors and their owners")
  const vendorIds = await ensureVendors(container)

  step("delivery zone")
  await ensureDeliveryZone(container)
  step("approved demo couriers, online in Daraa")
  await ensureCouriers(container)

  step("default commission rule")
  await ensureDefaultCommissionRule(container)

  step("categories, collections and products")
  const categoryIds = await ensureCategories(container)
  const collectionIds = await ensureCollections(container)
  const created = await ensureProducts(container, { categoryIds, collectionIds, vendorIds })
  step(`${created} new products`)

  step("product images and collections")
  const productIds = await ensureProductImagesAndCollections(container, collectionIds)

  step("Arabic translations")
  await ensureTranslations(container, { productIds, categoryIds, collectionIds, vendorIds })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        default_region_id: region.id,
        default_location_id: location.id,
        metadata: { ...(store.metadata ?? {}), daraa_demo_seed: seedVersion.version },
      },
    },
  })
  step("done")

  return { publishableKey: apiKey.token, regionId: region.id, salesChannelId: salesChannel.id }
}

/**
 * The marketplace is the store's one sales channel: Medusa's default channel,
 * renamed, so that a newcomer finds a single channel and a single key
 * (issue: the first key listed in the admin sold nothing).
 */
async function ensureSalesChannel(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (existing) {
    return existing
  }
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 })
  const [medusaDefault] = store?.default_sales_channel_id
    ? await salesChannels.listSalesChannels({ id: store.default_sales_channel_id, name: MEDUSA_DEFAULT_SALES_CHANNEL })
    : []
  if (store?.default_sales_channel_id && medusaDefault) {
    await updateSalesChannelsWorkflow(container).run({
      input: {
        selector: { id: store.default_sales_channel_id },
        update: { name: DEMO_SALES_CHANNEL, description: MARKETPLACE_DESCRIPTION },
      },
    })
    return salesChannels.retrieveSalesChannel(store.default_sales_channel_id)
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: DEMO_SALES_CHANNEL, description: MARKETPLACE_DESCRIPTION },
      ],
    },
  })
  return result[0]
}

/** The locales a storefront offers; Medusa's own list has regional codes only (ar-SA, en-US…). */
async function ensureLocales(container: MedusaContainer) {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listLocales({ code: DEMO_LOCALES.map((l) => l.code) })
  const missing = DEMO_LOCALES.filter((locale) => !existing.some((e) => e.code === locale.code))
  if (missing.length) {
    await translation.createLocales(missing)
  }
}

async function ensureStore(container: MedusaContainer, salesChannelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  const currencies = (store.supported_currencies ?? []).map((c) => c.currency_code)
  const locales = (store.supported_locales ?? []).map((l) => l.locale_code)
  const needsUpdate =
    store.name !== "Daraa" ||
    store.default_sales_channel_id !== salesChannelId ||
    !currencies.includes("syp") ||
    !currencies.includes("usd") ||
    DEMO_LOCALES.some((locale) => !locales.includes(locale.code))
  if (needsUpdate) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Daraa",
          default_sales_channel_id: salesChannelId,
          supported_currencies: [
            { currency_code: "syp", is_default: true },
            { currency_code: "usd" },
          ],
          supported_locales: [
            ...DEMO_LOCALES.map((locale) => ({ locale_code: locale.code })),
            ...(store.supported_locales ?? [])
              .filter((l) => !DEMO_LOCALES.some((locale) => locale.code === l.locale_code))
              .map((l) => ({ locale_code: l.locale_code })),
          ],
        },
      },
    })
  }
  return store
}

async function ensureRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  let [region] = await regions.listRegions({ name: DEMO_REGION })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_REGION,
            currency_code: "syp",
            countries: COUNTRIES,
          },
        ],
      },
    })
    region = result[0]
  }
  await ensureRegionPaymentProviders(container, region.id)

  const tax = container.resolve(Modules.TAX)
  const taxRegions = await tax.listTaxRegions({ country_code: COUNTRIES })
  const missing = COUNTRIES.filter((code) => !taxRegions.some((t) => t.country_code === code))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }
  return region
}

/**
 * The demo region offers every payment method Daraa runs: Medusa's system
 * provider, the customer's wallet, cash on delivery, and Stripe cards when
 * STRIPE_API_KEY registers them. Added to an older demo region too; none removed.
 */
async function ensureRegionPaymentProviders(container: MedusaContainer, regionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: regionId } })
  const offered = new Set<string>(((region as any)?.payment_providers ?? []).map((provider: any) => provider.id as string))
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: DEMO_PAYMENT_PROVIDERS })
  const missing = registered.map((provider) => provider.id).filter((id) => !offered.has(id))
  if (missing.length) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regionId }, update: { payment_providers: [...offered, ...missing] } },
    })
  }
}

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

async function ensureStockLocation(container: MedusaContainer, salesChannelId: string) {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [existing] = await stockLocations.listStockLocations({ name: DEMO_STOCK_LOCATION })
  if (existing) {
    return existing
  }

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: DEMO_STOCK_LOCATION,
          address: {
            address_1: "Al-Mahatta",
            city: "Daraa",
            country_code: "SY",
          },
        },
      ],
    },
  })
  const location = result[0]

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${DEMO_STOCK_LOCATION} delivery`,
    type: "shipping",
    service_zones: [
      {
        name: "Syria",
        geo_zones: COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location
}

async function ensureShippingOption(
  container: MedusaContainer,
  locationId: string,
  shippingProfileId: string,
  regionId: string
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({ name: DEMO_SHIPPING_OPTION })
  if (existing) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.service_zones.id"],
    filters: { id: locationId },
  })
  const serviceZoneId = locations[0]?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (!serviceZoneId) {
    throw new Error(`${DEMO_STOCK_LOCATION} has no service zone to ship from`)
  }

  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: DEMO_SHIPPING_OPTION,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfileId,
        type: { label: "Standard", description: "Delivered within the day.", code: "standard" },
        prices: [
          { currency_code: "syp", amount: 100 },
          { currency_code: "usd", amount: 1 },
          { region_id: regionId, amount: 100 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
}

/**
 * One publishable key, and it sells the catalog: Medusa's default key, renamed
 * and pointed at the marketplace. A database seeded before that keeps its
 * second key, but every publishable key is made to sell the catalog.
 */
async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const publishable = (await apiKeys.listApiKeys({ type: "publishable" })).filter((k) => !k.revoked_at)
  let key = publishable.find((k) => k.title === DEMO_PUBLISHABLE_KEY_TITLE)
  if (!key && publishable.length === 1 && publishable[0].title === MEDUSA_DEFAULT_PUBLISHABLE_KEY) {
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: publishable[0].id }, update: { title: DEMO_PUBLISHABLE_KEY_TITLE } },
    })
    key = await apiKeys.retrieveApiKey(publishable[0].id)
  }
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: DEMO_PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }],
      },
    })
    key = result[0]
  }
  await sellCatalogThroughEveryKey(container, salesChannelId)
  return key
}

/**
 * Every publishable key reaches the marketplace channel, and no longer reaches
 * channels that sell nothing: Medusa refuses a cart for a key of several
 * channels unless the storefront names one.
 */
async function sellCatalogThroughEveryKey(container: MedusaContainer, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { type: "publishable", revoked_at: null },
  })
  const otherChannelIds = [
    ...new Set(keys.flatMap((key: any) => (key.sales_channels ?? []).map((c: any) => c?.id)).filter((id: string) => id && id !== salesChannelId)),
  ] as string[]
  const { data: selling } = otherChannelIds.length
    ? await query.graph({ entity: "product_sales_channel", fields: ["sales_channel_id"], filters: { sales_channel_id: otherChannelIds } })
    : { data: [] as any[] }
  const sellingIds = new Set(selling.map((row: any) => row.sales_channel_id))
  for (const key of keys as any[]) {
    const linked = (key.sales_channels ?? []).map((c: any) => c?.id).filter(Boolean) as string[]
    const remove = linked.filter((id) => id !== salesChannelId && !sellingIds.has(id))
    if (linked.includes(salesChannelId) && !remove.length) {
      continue
    }
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: linked.includes(salesChannelId) ? [] : [salesChannelId], remove },
    })
  }
}

async function ensureAdmin(container: MedusaContainer) {
  const { email, password } = demoAdminCredentials()
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)

  let [user] = await users.listUsers({ email })
  if (!user) {
    ;[user] = await users.createUsers([{ email, first_name: "Platform", last_name: "Admin" }])
  }
  // The demo admin runs everything (docs/security.md, "Admin roles").
  const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
  const role = await security.adminRoleOf(user.id)
  if (!role.recorded || role.role !== "super_admin") {
    await security.assignAdminRole({ user_id: user.id, role: "super_admin", assigned_by: null })
  }

  const identities = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (identities.length) {
    return
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not create the demo admin ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
}

/** The platform keeps 10% of every sale unless a more specific rule says otherwise. */
export const DEMO_DEFAULT_COMMISSION = { name: "Platform default", percent_rate: 10 }

async function ensureDefaultCommissionRule(container: MedusaContainer) {
  const commissions = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const [existing] = await commissions.listCommissionRules({ vendor_id: null, category_id: null }, { take: 1 })
  if (existing) {
    return // An admin's global rule, or ours from an earlier seed: either way, leave it.
  }
  await createCommissionRuleWorkflow(container).run({ input: DEMO_DEFAULT_COMMISSION })
}

async function ensureCategories(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({
    handle: demoCategories.map((c) => c.handle),
  })
  const missing = demoCategories.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map(({ ar, ...c }) => ({ ...c, is_active: true, is_internal: false })),
      },
    })
    created = result
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

async function ensureVendors(container: MedusaContainer) {
  const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
  const auth = container.resolve(Modules.AUTH)
  const credentials = demoVendorCredentials()
  const ids = new Map<string, string>()

  for (const demo of demoVendors) {
    let [vendor] = await vendors.listVendors({ handle: demo.handle }, { take: 1 })
    if (!vendor) {
      const { email, password } = credentials.find((c) => c.handle === demo.handle)!
      const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
      let authIdentityId = identity?.auth_identity_id
      if (!authIdentityId) {
        const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
        if (error || !authIdentity) {
          throw new Error(`Could not create the demo vendor login ${email}: ${error}`)
        }
        authIdentityId = authIdentity.id
      }
      const { owner, handle, ar, ...profile } = demo
      const { result } = await createVendorWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId!,
          vendor: { ...profile, handle, email, country_code: "sy" },
          member: owner,
          // Approved as it is made: the demo stores never wait for review.
          approve: { actor_type: "system", actor_id: "demo-seed" },
        },
      })
      vendor = { ...(result.vendor as any), status: "active" }
    }
    await ensureVendorShipping(container, vendor.id)
    // A vendor left pending by an earlier seed is approved now.
    if (vendor.status === "pending") {
      await changeVendorStatusWorkflow(container).run({
        input: { vendor_id: vendor.id, action: "approve", actor_type: "system", actor_id: "demo-seed" },
      })
    }
    ids.set(demo.handle, vendor.id)
  }
  return ids
}

/**
 * The demo couriers: approved, and online at their spot in Daraa city, so
 * that an order marked ready is offered to one of them at once.
 */
async function ensureCouriers(container: MedusaContainer) {
  const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
  const auth = container.resolve(Modules.AUTH)
  for (const demo of demoCouriers) {
    const { email, password } = demoCourierCredentials().find((credential) => credential.login === demo.login)!
    let [courier] = await couriers.listCouriers({ email }, { take: 1 })
    if (!courier) {
      const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
      let authIdentityId = identity?.auth_identity_id
      if (!authIdentityId) {
        const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
        if (error || !authIdentity) {
          throw new Error(`Could not create the demo courier login ${email}: ${error}`)
        }
        authIdentityId = authIdentity.id
      }
      const { result } = await createCourierWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId!,
          courier: {
            first_name: demo.first_name,
            last_name: demo.last_name,
            phone: demo.phone,
            email,
            locale: demo.locale as "en" | "ar",
            vehicle_type: demo.vehicle_type as CourierVehicleType,
          },
        },
      })
      courier = result.courier as any
    }
    if (courier.status === "pending") {
      await changeCourierStatusWorkflow(container).run({
        input: { courier_id: courier.id, action: "approve", reason: null, actor_type: "system", actor_id: "demo-seed" },
      })
    }
    if (courier.status === "pending" || courier.status === "active") {
      await setCourierAvailabilityWorkflow(container).run({
        input: { courier_id: courier.id, availability: "online", position: { latitude: demo.latitude, longitude: demo.longitude } },
      })
    }
  }
}

/**
 * Vendors seeded before vendors had shipping profiles of their own get one,
 * with their delivery option, and their products move to it.
 */
async function ensureVendorShipping(container: MedusaContainer, vendorId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "vendor",
    fields: [
      "id",
      "handle",
      "name",
      "country_code",
      "shipping_profile.id",
      "stock_location.id",
      "stock_location.fulfillment_sets.service_zones.id",
      "products.id",
    ],
    filters: { id: vendorId },
  })
  const vendor = found as any
  if (vendor.shipping_profile?.id) {
    await ensureZoneDeliveryOption(container, vendor)
    return
  }
  const { result } = await setUpVendorShippingWorkflow(container).run({
    input: {
      vendor_id: vendor.id,
      vendor_handle: vendor.handle,
      vendor_name: vendor.name,
      location_id: vendor.stock_location.id,
      country_code: vendor.country_code,
    },
  })
  const productIds = (vendor.products ?? []).filter(Boolean).map((p: any) => p.id)
  if (productIds.length) {
    await updateProductsWorkflow(container).run({
      input: { selector: { id: productIds }, update: { shipping_profile_id: result.shipping_profile_id } },
    })
  }
}

/**
 * Demo vendors seeded while delivery had a flat rate get the `daraa-delivery`
 * option priced by zone; their flat option stays, so carts holding it still
 * check out, and an admin may delete it.
 */
async function ensureZoneDeliveryOption(container: MedusaContainer, vendor: any) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const options = await fulfillment.listShippingOptions({ shipping_profile_id: vendor.shipping_profile.id }, { select: ["id", "provider_id"] })
  const serviceZoneId = vendor.stock_location?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (options.some((option) => option.provider_id === DARAA_DELIVERY_PROVIDER_ID) || !serviceZoneId) {
    return
  }
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: vendor.stock_location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: DARAA_DELIVERY_PROVIDER_ID },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      vendorDeliveryOptionInput({
        vendor_id: vendor.id,
        vendor_name: vendor.name,
        service_zone_id: serviceZoneId,
        shipping_profile_id: vendor.shipping_profile.id,
      }),
    ],
  })
}

/** The zone the demo delivers in: Daraa city, reaching stores up to 50 km away. */
export const DEMO_DELIVERY_ZONE = {
  name: "Daraa city",
  currency_code: "syp",
  polygon: {
    type: "Polygon" as const,
    coordinates: [
      [
        [36.05, 32.58],
        [36.16, 32.58],
        [36.16, 32.66],
        [36.05, 32.66],
        [36.05, 32.58],
      ] as [number, number][],
    ],
  },
  base_fee: 100,
  fee_per_km: 50,
  max_distance_km: 50,
  timezone: "Asia/Damascus",
  cities: ["Daraa", "درعا"],
}

async function ensureDeliveryZone(container: MedusaContainer) {
  const delivery = container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
  const [existing] = await delivery.listDeliveryZones({ name: DEMO_DELIVERY_ZONE.name }, { take: 1, withDeleted: true })
  if (existing) {
    return // Ours from an earlier seed, or deleted on purpose by an admin: either way, leave it.
  }
  await createDeliveryZoneWorkflow(container).run({ input: DEMO_DELIVERY_ZONE })
}

/**
 * Creates missing demo products through their vendor. A product left by an
 * older seed without a vendor is handed to its vendor, with stock at the
 * vendor's location.
 */
async function ensureProducts(
  container: MedusaContainer,
  input: { categoryIds: Map<string, string>; collectionIds: Map<string, string>; vendorIds: Map<string, string> }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "vendor.id", "variants.sku", "variants.inventory_items.inventory_item_id"],
    filters: { handle: demoProducts.map((p) => p.handle) },
  })

  let created = 0
  for (const product of demoProducts) {
    const vendorId = input.vendorIds.get(product.vendor)!
    const found = existing.find((e: any) => e.handle === product.handle) as any
    if (!found) {
      await createVendorProductWorkflow(container).run({
        input: {
          vendor_id: vendorId,
          product: { ...productInput(product, input.categoryIds), collection_id: input.collectionIds.get(product.collection) },
          stock: stockOf(product),
        },
      })
      created++
    } else if (!found.vendor) {
      await adoptProduct(container, found, product, vendorId)
    }
  }
  return created
}

function productInput(product: DemoProduct, categoryIds: Map<string, string>) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryIds.get(product.category)!],
    options: [{ title: product.option_title, values: product.variants.map((v) => v.option) }],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      options: { [product.option_title]: variant.option },
      prices: [
        { currency_code: "syp", amount: variant.prices.syp },
        { currency_code: "usd", amount: variant.prices.usd },
      ],
    })),
  }
}

const stockOf = (product: DemoProduct) => product.variants.map((v) => ({ variant: v.sku, quantity: v.stock }))

async function adoptProduct(container: MedusaContainer, found: any, product: DemoProduct, vendorId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await link.create({
    [VENDOR_MODULE]: { vendor_id: vendorId },
    [Modules.PRODUCT]: { product_id: found.id },
  })
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["stock_location.id"], filters: { id: vendorId } })
  const locationId = vendor?.stock_location?.id
  if (!locationId) {
    throw new Error(`Demo vendor ${product.vendor} has no stock location`)
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const variant of found.variants ?? []) {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    const stock = product.variants.find((v) => v.sku === variant.sku)?.stock ?? 0
    if (!itemId) {
      continue
    }
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
    if (!level) {
      levels.push({ inventory_item_id: itemId, location_id: locationId, stocked_quantity: stock })
    }
  }
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}

async function ensureCollections(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCollections({ handle: demoCollections.map((c) => c.handle) })
  const missing = demoCollections.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missing.map(({ title, handle }) => ({ title, handle })) },
    })
    created = result
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

/**
 * Each demo product without a picture gets one, drawn here and uploaded
 * through the File module like any vendor upload, and each without a
 * collection gets its own. Answers the products' ids by handle.
 */
async function ensureProductImagesAndCollections(container: MedusaContainer, collectionIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "thumbnail", "collection_id", "images.id"],
    filters: { handle: demoProducts.map((p) => p.handle) },
  })
  const byHandle = new Map<string, any>(found.map((product: any) => [product.handle, product]))
  const needImage = demoProducts.filter((demo) => {
    const product = byHandle.get(demo.handle)
    return product && !product.thumbnail && !(product.images ?? []).length
  })
  const uploaded = new Map<string, string>()
  if (needImage.length) {
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: needImage.map((demo) => ({
          filename: `${demo.handle}.png`,
          mimeType: "image/png",
          content: drawProductImage(demo.picture).toString("base64"),
          access: "public" as const,
        })),
      },
    })
    needImage.forEach((demo, index) => uploaded.set(demo.handle, result[index].url))
  }
  const updates = demoProducts
    .map((demo) => {
      const product = byHandle.get(demo.handle)
      if (!product) {
        return null
      }
      const url = uploaded.get(demo.handle)
      const collectionId = product.collection_id ? undefined : collectionIds.get(demo.collection)
      if (!url && !collectionId) {
        return null
      }
      return {
        id: product.id as string,
        ...(url ? { thumbnail: url, images: [{ url }] } : {}),
        ...(collectionId ? { collection_id: collectionId } : {}),
      }
    })
    .filter((update): update is NonNullable<typeof update> => !!update)
  if (updates.length) {
    await updateProductsWorkflow(container).run({ input: { products: updates } })
  }
  return new Map<string, string>(found.map((product: any) => [product.handle, product.id]))
}

/**
 * Arabic titles and descriptions as Medusa translations for the "ar" locale,
 * which the store routes apply for `x-medusa-locale: ar` (or `?locale=ar`).
 * A translation that already exists, perhaps edited by an admin, is kept.
 */
async function ensureTranslations(
  container: MedusaContainer,
  ids: {
    productIds: Map<string, string>
    categoryIds: Map<string, string>
    collectionIds: Map<string, string>
    vendorIds: Map<string, string>
  }
) {
  const wanted = [
    ...demoProducts.map((p) => ({
      reference: "product",
      reference_id: ids.productIds.get(p.handle),
      translations: { title: p.ar.title, description: p.ar.description },
    })),
    ...demoCategories.map((c) => ({
      reference: "product_category",
      reference_id: ids.categoryIds.get(c.handle),
      translations: { name: c.ar.name, description: c.ar.description },
    })),
    ...demoCollections.map((c) => ({
      reference: "product_collection",
      reference_id: ids.collectionIds.get(c.handle),
      translations: { title: c.ar.title },
    })),
    ...demoVendors.map((v) => ({
      reference: "vendor",
      reference_id: ids.vendorIds.get(v.handle),
      translations: { name: v.ar.name, description: v.ar.description },
    })),
  ].filter((t): t is typeof t & { reference_id: string } => !!t.reference_id)

  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: wanted.map((t) => t.reference_id), locale_code: DEMO_TRANSLATION_LOCALE },
    { select: ["reference_id"] }
  )
  const done = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((t) => !done.has(t.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({
      input: { translations: missing.map((t) => ({ ...t, locale_code: DEMO_TRANSLATION_LOCALE })) },
    })
  }
}
