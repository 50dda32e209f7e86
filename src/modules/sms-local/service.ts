import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { localSmsFailureFor, smsOutbox } from "./outbox"

export type LocalSmsOptions = {
  /** Log the text of each SMS; off outside development because texts may carry codes. */
  log_text?: boolean
}

/** The SMS channel when Twilio is not configured: keeps each SMS in an in-process outbox. */
export class LocalSmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "sms-local"

  protected readonly logger_: Logger
  protected readonly options_: LocalSmsOptions

  constructor({ logger }: { logger: Logger }, options: LocalSmsOptions = {}) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const text = notification.content?.text
    if (!notification.to || !text) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An SMS needs a recipient and content.text")
    }
    const failure = localSmsFailureFor(notification.to)
    if (failure) {
      throw new Error(failure.message)
    }
    const outbox = smsOutbox()
    outbox.push({ to: notification.to, text, template: notification.template ?? null, sent_at: new Date() })
    this.logger_.info(
      this.options_.log_text
        ? `sms-local: to ${notification.to}: ${text}`
        : `sms-local: an SMS (${notification.template ?? "no template"}) to ${notification.to}`
    )
    return { id: `sms_local_${outbox.length}` }
  }
}
