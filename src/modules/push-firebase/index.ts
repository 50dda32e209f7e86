import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { FirebasePushNotificationService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [FirebasePushNotificationService],
})
