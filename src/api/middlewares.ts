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
import { adminDeliveryZoneMiddlewares } from "./admin/delivery-zones/middlewares"
import { adminCourierCashMiddlewares } from "./admin/couriers/cash-middlewares"
import { adminDeliveryMiddlewares } from "./admin/deliveries/middlewares"
import { adminWalletMiddlewares } from "./admin/wallets/middlewares"
import { adminLoyaltyMiddlewares } from "./admin/loyalty/middlewares"
import { storeLoyaltyMiddlewares } from "./store/loyalty/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { phoneOtpAuthMiddlewares } from "./auth/phone-otp/middlewares"
import { courierMiddlewares } from "./courier/middlewares"
import { courierDeliveryMiddlewares } from "./courier/deliveries/middlewares"
import { courierTrackingMiddlewares } from "./courier/deliveries/[id]/locations/middlewares"
import { storeDeliveryTrackingMiddlewares } from "./store/deliveries/middlewares"
import { courierNotificationMiddlewares } from "./courier/notifications/middlewares"
import { courierWalletMiddlewares } from "./courier/wallet/middlewares"
import { storeNotificationMiddlewares } from "./store/notifications/middlewares"
import { vendorNotificationMiddlewares } from "./vendor/notifications/middlewares"
import { prebuiltDashboardMiddlewares } from "./dashboard/prebuilt"
import { daraaErrorHandler } from "./error-handler"
import { catalogCacheMiddlewares } from "./catalog-cache/middlewares"
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
import { adminPayoutMiddlewares } from "./admin/payouts/middlewares"
import { courierPayoutMiddlewares } from "./courier/payouts/middlewares"
import { payoutHookMiddlewares } from "./hooks/payouts/middlewares"
import { vendorPayoutMiddlewares } from "./vendor/payouts/middlewares"

/**
 * Every route's auth and validation. Each feature keeps its own list beside its
 * routes; this file only puts them together.
 */
export default defineMiddlewares({
  errorHandler: daraaErrorHandler,
  routes: [
    ...securityMiddlewares,
    ...catalogCacheMiddlewares,
    ...authMiddlewares,
    ...phoneOtpAuthMiddlewares,
    ...storeNotificationMiddlewares,
    ...vendorNotificationMiddlewares,
    ...courierNotificationMiddlewares,
    ...courierMiddlewares,
    ...courierWalletMiddlewares,
    ...courierDeliveryMiddlewares,
    ...courierTrackingMiddlewares,
    ...vendorStoreMiddlewares,
    ...adminAccessMiddlewares,
    ...adminUserRoleMiddlewares,
    ...adminAuditLogMiddlewares,
    ...adminIpBlockMiddlewares,
    ...adminSecurityEventMiddlewares,
    ...adminVendorMiddlewares,
    ...adminCourierMiddlewares,
    ...adminDeliveryZoneMiddlewares,
    ...adminCourierCashMiddlewares,
    ...adminDeliveryMiddlewares,
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
    ...storeDeliveryTrackingMiddlewares,
    ...adminVendorOrderMiddlewares,
    ...adminOrderMoneyLockMiddlewares,
    ...storeWalletMiddlewares,
    ...vendorWalletMiddlewares,
    ...adminWalletMiddlewares,
    ...storeLoyaltyMiddlewares,
    ...adminLoyaltyMiddlewares,
    ...vendorPayoutMiddlewares,
    ...courierPayoutMiddlewares,
    ...adminPayoutMiddlewares,
    ...payoutHookMiddlewares,
    ...prebuiltDashboardMiddlewares(),
  ],
})
