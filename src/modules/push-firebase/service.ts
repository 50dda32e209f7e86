import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { cert, getApps, initializeApp } from "firebase-admin/app"
import { getMessaging, type Message } from "firebase-admin/messaging"

/** The part of Firebase Messaging this provider uses; tests pass their own. */
export type PushMessagingClient = { send(message: Message): Promise<string> }

export type FirebasePushOptions = {
  project_id?: string
  client_email?: string
  private_key?: string
  messaging?: PushMessagingClient
}

/** Starts every error about a token Firebase no longer accepts, so the sender can prune the device. */
export const INVALID_PUSH_TOKEN_MARKER = "push-token-invalid"

const INVALID_TOKEN_CODES = new Set([
  "messaging/registration-token-not-registered",
  "messaging/invalid-registration-token",
])

/** The push channel through Firebase Cloud Messaging; `to` is one device token. */
export class FirebasePushNotificationService extends AbstractNotificationProviderService {
  static identifier = "push-firebase"

  protected readonly messaging_: PushMessagingClient
  protected readonly logger_: Logger

  constructor({ logger }: { logger: Logger }, options: FirebasePushOptions) {
    super()
    this.logger_ = logger
    this.messaging_ = options.messaging ?? FirebasePushNotificationService.createMessaging_(options)
  }

  protected static createMessaging_(options: FirebasePushOptions): PushMessagingClient {
    if (!options.project_id || !options.client_email || !options.private_key) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The push-firebase provider needs project_id, client_email and private_key."
      )
    }
    const appName = `daraa-push-${options.project_id}`
    const app =
      getApps().find((candidate) => candidate.name === appName) ??
      initializeApp(
        {
          credential: cert({
            projectId: options.project_id,
            clientEmail: options.client_email,
            privateKey: options.private_key,
          }),
        },
        appName
      )
    return getMessaging(app)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const title = notification.content?.subject
    const body = notification.content?.text
    if (!notification.to || !title || !body) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A push needs a device token, content.subject and content.text")
    }
    // FCM data values must be strings.
    const data = Object.fromEntries(
      Object.entries(notification.data ?? {})
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)])
    )
    try {
      const id = await this.messaging_.send({ token: notification.to, notification: { title, body }, data })
      return { id }
    } catch (error) {
      const code = (error as { code?: string }).code ?? ""
      if (INVALID_TOKEN_CODES.has(code)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${INVALID_PUSH_TOKEN_MARKER}: ${code}`)
      }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Firebase refused the push (${code || "no code"}): ${(error as Error).message}`
      )
    }
  }
}
