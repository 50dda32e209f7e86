import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneOtpAuthProviderService } from "./service"

export default ModuleProvider(Modules.AUTH, {
  services: [PhoneOtpAuthProviderService],
})
