import { model } from "@medusajs/framework/utils"

/** A blocked address or CIDR range, in canonical form (ip-ranges.ts). */
export const IpBlock = model.define("ip_block", {
  id: model.id({ prefix: "ipblk" }).primaryKey(),
  cidr: model.text().unique(),
  address: model.text(),
  prefix_length: model.number(),
  family: model.enum(["ipv4", "ipv6"]),
  reason: model.text().nullable(),
  created_by: model.text().nullable(),
})
