import { Module } from "@medusajs/framework/utils"
import NotificationCenterModuleService from "./service"

export const NOTIFICATION_CENTER_MODULE = "notification_center"

export default Module(NOTIFICATION_CENTER_MODULE, {
  service: NotificationCenterModuleService,
})
