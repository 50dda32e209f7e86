import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import WalletPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [WalletPaymentProviderService] })
