import type { ListShape } from "../../list-query"

export const storeVendorFields = [
  "id",
  "handle",
  "name",
  "description",
  "phone",
  "email",
  "address_1",
  "city",
  "country_code",
  "postal_code",
  "latitude",
  "longitude",
  "opening_hours",
  "logo_url",
]

/**
 * The vendor module pages active vendors by name, or nearest first when the
 * customer's position is given, so those are the two orders a list can take.
 */
export const storeVendorList: ListShape = {
  fields: [...storeVendorFields, "distance_km"],
  order: ["name", "distance_km"],
}
