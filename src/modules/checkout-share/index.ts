import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CheckoutSharePaymentProvider from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [CheckoutSharePaymentProvider] })
