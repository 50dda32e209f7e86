import { z } from "@medusajs/framework/zod"
import { listQueryParams, type ListShape } from "../../list-query"
import { nonEmptyId, oneOrMany } from "../../order-list-params"
import { parseIpRange } from "../../../modules/security/ip-ranges"

export const ipBlockFields = ["id", "cidr", "family", "prefix_length", "reason", "created_by", "created_at"]

export const ipBlockList: ListShape = {
  fields: ipBlockFields,
  order: ["created_at", "cidr"],
  defaultOrder: "-created_at",
}

export const AdminGetIpBlocksParams = listQueryParams(ipBlockList)
  .extend({ family: oneOrMany(z.enum(["ipv4", "ipv6"])), cidr: oneOrMany(nonEmptyId("cidr")) })
  .strict()

/** `ip`: one address (`203.0.113.7`, `2001:db8::7`) or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`). */
export const AdminCreateIpBlock = z
  .object({
    ip: z
      .string({ error: "ip is required: an address or a CIDR range, as a string" })
      .trim()
      .max(64, "ip must be an address or a CIDR range, at most 64 characters")
      .transform((value, context) => {
        const parsed = parseIpRange(value)
        if ("error" in parsed) {
          context.addIssue({ code: "custom", message: `ip: ${parsed.error}` })
          return z.NEVER
        }
        return parsed.range
      }),
    reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(500).optional(),
  })
  .strict()
export type AdminCreateIpBlockBody = z.infer<typeof AdminCreateIpBlock>
