import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { AdminCreateIpBlock, AdminGetIpBlocksParams, ipBlockFields, ipBlockList } from "./validators"

export const adminIpBlockMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/ip-blocks",
    middlewares: [validateAndTransformQuery(AdminGetIpBlocksParams as any, listQueryConfig(ipBlockFields, ipBlockList))],
  },
  { method: ["POST"], matcher: "/admin/ip-blocks", middlewares: [validateAndTransformBody(AdminCreateIpBlock as any)] },
]
