import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import twilio from "twilio"

export type TwilioSmsOptions = {
  account_sid: string
  auth_token: string
  /** A Twilio number in E.164 or a Messaging Service SID (MG…). */
  from: string
  /** Another origin for Twilio's REST API (a proxy, or a local fake in tests). */
  api_base_url?: string
}

type RequestOptions = Parameters<twilio.RequestClient["request"]>[0]

/** Sends every request to `baseUrl` instead of Twilio's own hosts, keeping the path. */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super()
  }

  request<TData>(opts: RequestOptions) {
    const original = new URL(opts.uri)
    const rebased = new URL(original.pathname + original.search, this.baseUrl)
    return super.request<TData>({ ...opts, uri: rebased.href } as Parameters<twilio.RequestClient["request"]>[0] as never)
  }
}

/** The SMS channel through Twilio's Messages API. */
export class TwilioSmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "sms-twilio"

  protected readonly client_: twilio.Twilio
  protected readonly from_: string
  protected readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    for (const name of ["account_sid", "auth_token", "from"]) {
      if (!options[name]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `The sms-twilio provider needs the ${name} option.`)
      }
    }
  }

  constructor({ logger }: { logger: Logger }, options: TwilioSmsOptions) {
    super()
    this.logger_ = logger
    this.from_ = options.from
    this.client_ = twilio(options.account_sid, options.auth_token, {
      httpClient: options.api_base_url ? new RebasedRequestClient(options.api_base_url) : undefined,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const text = notification.content?.text
    if (!notification.to || !text) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An SMS needs a recipient and content.text")
    }
    const sender = this.from_.startsWith("MG") ? { messagingServiceSid: this.from_ } : { from: this.from_ }
    try {
      const message = await this.client_.messages.create({ to: notification.to, body: text, ...sender })
      return { id: message.sid }
    } catch (error) {
      const { status, code, message } = error as { status?: number; code?: number; message: string }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Twilio refused the SMS to ${notification.to} (status ${status ?? "none"}, code ${code ?? "none"}): ${message}`
      )
    }
  }
}
