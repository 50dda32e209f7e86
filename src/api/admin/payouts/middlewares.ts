import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApprovePayout,
  AdminExportPayoutsParams,
  AdminGetPayoutsParams,
  adminPayoutsQueryConfig,
  AdminMarkPayoutFailed,
  AdminMarkPayoutPaid,
  AdminRejectPayout,
  AdminRunPayouts,
} from "../../payout-params"

// /admin routes are authenticated by Medusa itself; writes need finance or super_admin (role-table.ts).
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payouts", middlewares: [validateAndTransformQuery(AdminGetPayoutsParams as any, adminPayoutsQueryConfig)] },
  { method: ["GET"], matcher: "/admin/payouts/export", middlewares: [validateAndTransformQuery(AdminExportPayoutsParams as any, {})] },
  { method: ["POST"], matcher: "/admin/payouts/run", middlewares: [validateAndTransformBody(AdminRunPayouts)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/mark-paid", middlewares: [validateAndTransformBody(AdminMarkPayoutPaid)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/mark-failed", middlewares: [validateAndTransformBody(AdminMarkPayoutFailed)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/approve", middlewares: [validateAndTransformBody(AdminApprovePayout)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/reject", middlewares: [validateAndTransformBody(AdminRejectPayout)] },
]
