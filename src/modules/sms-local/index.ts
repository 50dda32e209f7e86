import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LocalSmsNotificationService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [LocalSmsNotificationService],
})
