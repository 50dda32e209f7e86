export type SecurityModuleOptions = {
  /** Proxy hops in front of the server whose X-Forwarded-For is believed; 0 believes none. */
  trust_proxy?: number
  /** Browser origins allowed to call /vendor and /courier, comma-separated as STORE_CORS. */
  vendor_cors?: string
  courier_cors?: string
}

/** Daraa's HTTP security settings, read once from medusa-config and handed to the middlewares. */
class SecurityModuleService {
  protected readonly settings_: Required<SecurityModuleOptions>

  constructor(_container: Record<string, unknown>, options: SecurityModuleOptions = {}) {
    this.settings_ = { trust_proxy: 0, vendor_cors: "", courier_cors: "", ...options }
  }

  get settings(): Readonly<Required<SecurityModuleOptions>> {
    return this.settings_
  }
}

export default SecurityModuleService
