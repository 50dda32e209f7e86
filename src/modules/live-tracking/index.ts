import { Module } from "@medusajs/framework/utils"
import LiveTrackingModuleService from "./service"

export const LIVE_TRACKING_MODULE = "live_tracking"

export default Module(LIVE_TRACKING_MODULE, { service: LiveTrackingModuleService })
