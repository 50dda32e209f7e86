import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProfileVendor = { id: string; handle: string; name: string }

/** The vendor behind each shipping profile, by profile id; profiles of no vendor are absent. */
export async function vendorsOfShippingProfiles(container: MedusaContainer, profileIds: string[]) {
  const vendors = new Map<string, ProfileVendor>()
  if (!profileIds.length) {
    return vendors
  }
  const { data: profiles } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_profile",
    fields: ["id", "vendor.id", "vendor.handle", "vendor.name"],
    filters: { id: profileIds },
  })
  for (const profile of profiles as any[]) {
    if (profile.vendor) {
      vendors.set(profile.id, { id: profile.vendor.id, handle: profile.vendor.handle, name: profile.vendor.name })
    }
  }
  return vendors
}
