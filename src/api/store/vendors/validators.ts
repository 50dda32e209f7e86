import { z } from "@medusajs/framework/zod"

export const StoreGetVendorsParams = z
  .object({
    q: z.string().trim().min(1).optional(),
    latitude: z.coerce.number().min(-90).max(90).optional(),
    longitude: z.coerce.number().min(-180).max(180).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((params) => (params.latitude === undefined) === (params.longitude === undefined), {
    message: "latitude and longitude must be given together",
    path: ["latitude"],
  })
export type StoreGetVendorsParamsType = z.infer<typeof StoreGetVendorsParams>
