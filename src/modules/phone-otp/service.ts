import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityProviderService,
  INotificationModuleService,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import type OtpModuleService from "../otp/service"
import { localeFromAcceptLanguage } from "./locale"
import { toE164 } from "./phone-number"
import { otpCodeSms } from "./templates/otp-code"

/**
 * The auth module's container. `otp` and `notification` are there because the
 * auth module declares them as dependencies in medusa-config.ts; they are read
 * on use, since the auth module may load before them.
 */
type ProviderContainer = {
  logger: Logger
  otp: OtpModuleService
  notification: INotificationModuleService
}

export type PhoneOtpProviderOptions = {
  /** Log codes in clear, for local development only. */
  log_codes?: boolean
  /** Attempts at handing the SMS to the notification module before giving up. */
  send_attempts?: number
  retry_delay_ms?: number
}

/**
 * Sign-up and login by a code sent to a phone number. `authenticate` sends the
 * code and answers `{location: "otp"}` whether or not the number is known;
 * `validateCallback` checks it and creates the auth identity of a new number.
 * Rate limits and input validation answer 400/429 in the route middleware
 * (src/api/auth/phone-otp/middlewares.ts) before Medusa's route calls this.
 */
export class PhoneOtpAuthProviderService extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "Phone one-time code"

  protected readonly container_: ProviderContainer
  protected readonly options_: Required<PhoneOtpProviderOptions>

  constructor(container: ProviderContainer, options: PhoneOtpProviderOptions = {}) {
    // @ts-ignore the abstract constructor takes the same arguments
    super(...arguments)
    this.container_ = container
    this.options_ = { log_codes: false, send_attempts: 3, retry_delay_ms: 200, ...options }
  }

  async authenticate(data: AuthenticationInput): Promise<AuthenticationResponse> {
    const phone = toE164(data.body?.phone)
    if (!phone) {
      return { success: false, error: "Invalid phone number" }
    }
    const issued = await this.container_.otp.issueCode(phone)
    const locale = localeFromAcceptLanguage(data.headers?.["accept-language"])
    const text = otpCodeSms[locale]({ code: issued.code, minutes: Math.round(issued.expires_in_seconds / 60) })
    if (this.options_.log_codes) {
      this.container_.logger.info(`phone-otp: code ${issued.code} for ${phone} (development only)`)
    }
    await this.sendSms_(phone, text)
    return { success: true, location: "otp" }
  }

  async validateCallback(
    data: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const phone = toE164(data.body?.phone)
    const code = data.body?.code
    if (!phone || typeof code !== "string" || !/^\d{6}$/.test(code)) {
      return { success: false, error: "Invalid phone number or code" }
    }
    if (!(await this.container_.otp.verifyCode(phone, code))) {
      return { success: false, error: "Invalid or expired code" }
    }
    try {
      const authIdentity = await authIdentityService.retrieve({ entity_id: phone })
      return { success: true, authIdentity }
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) {
        throw error
      }
    }
    const authIdentity = await authIdentityService.create({ entity_id: phone, provider_metadata: {} })
    return { success: true, authIdentity }
  }

  /**
   * The text goes in `content`, which the notification module hands to the SMS
   * provider without storing it, so the code never lands in the notification table.
   * A failed send is retried and logged; the answer to the client stays the same.
   */
  protected async sendSms_(phone: string, text: string): Promise<void> {
    const { send_attempts, retry_delay_ms } = this.options_
    for (let attempt = 1; attempt <= send_attempts; attempt++) {
      try {
        await this.container_.notification.createNotifications({
          to: phone,
          channel: "sms",
          template: "phone-otp-code",
          trigger_type: "phone-otp",
          content: { text },
        })
        return
      } catch (error) {
        if (attempt === send_attempts) {
          this.container_.logger.error(
            `phone-otp: the code SMS to ${phone} failed after ${attempt} attempts: ${(error as Error).message}`
          )
          return
        }
        await new Promise((resolve) => setTimeout(resolve, retry_delay_ms * 2 ** (attempt - 1)))
      }
    }
  }
}
