import { z } from "@medusajs/framework/zod"
import { listQueryParams } from "../../list-query"
import { storeVendorList } from "./query-config"

export const StoreGetVendorsParams = listQueryParams(storeVendorList)
  .extend({
    q: z.string().trim().min(1).optional(),
    latitude: z.coerce.number().min(-90).max(90).optional(),
    longitude: z.coerce.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((params) => (params.latitude === undefined) === (params.longitude === undefined), {
    message: "latitude and longitude must be given together",
    path: ["latitude"],
  })
  .superRefine((params, context) => {
    // Only the order the vendor module pages by: by name, or nearest first with a position.
    const expected = params.latitude === undefined ? "name" : "distance_km"
    if (params.order !== undefined && params.order !== expected) {
      context.addIssue({
        code: "custom",
        path: ["order"],
        message: `order must be ${expected} ${params.latitude === undefined ? "without" : "with"} latitude and longitude; got '${params.order}'`,
      })
    }
  })
export type StoreGetVendorsParamsType = z.infer<typeof StoreGetVendorsParams>
