import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import DaraaDeliveryProviderService from "./service"

export const DARAA_DELIVERY_PROVIDER_ID = "daraa-delivery_daraa-delivery"

export default ModuleProvider(Modules.FULFILLMENT, { services: [DaraaDeliveryProviderService] })
