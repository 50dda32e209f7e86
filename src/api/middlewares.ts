import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAccessMiddlewares } from "./admin-access/middlewares"
import { adminAuditLogMiddlewares } from "./admin/audit-log/middlewares"
import { adminIpBlockMiddlewares } from "./admin/ip-blocks/middlewares"
import { adminSecurityEventMiddlewares } from "./admin/security-events/middlewares"
import { adminUserRoleMiddlewares } from "./admin/users/middlewares"
import { adminCommissionLineMiddlewares } from "./admin/commission-lines/middlewares"
import { adminCommissionRuleMiddlewares } from "./admin/commission-rules/middlewares"
import { adminOrderListMiddlewares } from "./admin/order-groups/middlewares"
import { adminOrderMoneyLockMiddlewares } from "./admin/payments/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { adminVendorOrderMiddlewares } from "./admin/vendor-orders/middlewares"
import { adminVendorMiddlewares } from "./admin/vendors/middlewares"
import { adminCourierMiddlewares } from "./admin/couriers/middlewares"
import { adminWalletMiddlewares } from "./admin/wallets/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { phoneOtpAuthMiddlewares } from "./auth/phone-otp/middlewares"
import { courierMiddlewares } from "./courier/middlewares"
import { courierNotificationMiddlewares } from "./courier/notifications/middlewares"
import { storeNotificationMiddlewares } from "./store/notifications/middlewares"
import { vendorNotificationMiddlewares } from "./vendor/notifications/middlewares"
import { prebuiltDashboardMiddlewares } from "./dashboard/prebuilt"
import { daraaErrorHandler } from "./error-handler"
import { securityMiddlewares } from "./security/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeOrderGroupMiddlewares } from "./store/order-groups/middlewares"
import { storeOrderCancelMiddlewares } from "./store/orders/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { storeVendorMiddlewares } from "./store/vendors/middlewares"
import { storeWalletMiddlewares } from "./store/wallet/middlewares"
import { vendorStoreMiddlewares } from "./vendor/middlewares"
import { vendorOrderMiddlewares } from "./vendor/orders/middlewares"
import { vendorWalletMiddlewares } from "./vendor/wallet/middlewares"

/**
 * Every route's auth and validation. Each feature keeps its own list beside its
 * routes; this file only puts them together.
 */
export default defineMiddlewares({
  errorHandler: daraaErrorHandler,
  routes: [
    ...securityMiddlewares,
    ...authMiddlewares,
    ...phoneOtpAuthMiddlewares,
    ...storeNotificationMiddlewares,
    ...vendorNotificationMiddlewares,
    ...courierNotificationMiddlewares,
    ...courierMiddlewares,
    ...vendorStoreMiddlewares,
    ...adminAccessMiddlewares,
    ...adminUserRoleMiddlewares,
    ...adminAuditLogMiddlewares,
    ...adminIpBlockMiddlewares,
    ...adminSecurityEventMiddlewares,
    ...adminVendorMiddlewares,
    ...adminCourierMiddlewares,
    ...adminCommissionRuleMiddlewares,
    ...adminOrderListMiddlewares,
    ...adminCommissionLineMiddlewares,
    ...adminProductMiddlewares,
    ...storeVendorMiddlewares,
    ...storeProductMiddlewares,
    ...storeCustomerMiddlewares,
    ...storeShippingOptionMiddlewares,
    ...storeOrderGroupMiddlewares,
    ...vendorOrderMiddlewares,
    ...storeOrderCancelMiddlewares,
    ...adminVendorOrderMiddlewares,
    ...adminOrderMoneyLockMiddlewares,
    ...storeWalletMiddlewares,
    ...vendorWalletMiddlewares,
    ...adminWalletMiddlewares,
    ...prebuiltDashboardMiddlewares(),
  ],
})
