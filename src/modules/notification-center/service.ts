import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CATEGORIES, CHANNELS, enabledByDefault, type Category, type Channel, type RecipientType } from "./constants"
import { FeedNotification } from "./models/feed-notification"
import { NotificationDelivery } from "./models/notification-delivery"
import { NotificationPreference } from "./models/notification-preference"
import { PushDevice } from "./models/push-device"

export type Recipient = { recipient_type: RecipientType; recipient_id: string }

export type PreferenceMatrix = Record<Channel, Record<Category, boolean>>

export type ExternalChannel = Exclude<Channel, "feed">

export type NotificationCenterOptions = { external_channels?: ExternalChannel[] }

export type PreferenceChange = { channel: Channel; category: Category; enabled: boolean }

/** The in-app feed, channel preferences, push devices and the record of external deliveries. */
class NotificationCenterModuleService extends MedusaService({
  FeedNotification,
  NotificationPreference,
  PushDevice,
  NotificationDelivery,
}) {
  protected readonly externalChannels_: ExternalChannel[]

  constructor(container: Record<string, unknown>, options: NotificationCenterOptions = {}) {
    super(...arguments)
    this.externalChannels_ = options.external_channels ?? ["email", "sms"]
  }

  /** The channels that have a provider in this deployment (push only with Firebase). */
  get externalChannels(): readonly ExternalChannel[] {
    return this.externalChannels_
  }

  /** Every channel × category for the recipient: stored choices over the defaults. */
  @InjectManager()
  async retrievePreferenceMatrix(recipient: Recipient, @MedusaContext() sharedContext: Context = {}): Promise<PreferenceMatrix> {
    const stored = await this.listNotificationPreferences(
      { recipient_type: recipient.recipient_type, recipient_id: recipient.recipient_id },
      {},
      sharedContext
    )
    const matrix = {} as PreferenceMatrix
    for (const channel of CHANNELS) {
      matrix[channel] = {} as Record<Category, boolean>
      for (const category of CATEGORIES) {
        const choice = stored.find((p) => p.channel === channel && p.category === category)
        matrix[channel][category] = choice ? choice.enabled : enabledByDefault(category)
      }
    }
    return matrix
  }

  @InjectTransactionManager()
  async setPreferences(
    recipient: Recipient,
    changes: PreferenceChange[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const stored = await this.listNotificationPreferences(
      { recipient_type: recipient.recipient_type, recipient_id: recipient.recipient_id },
      {},
      sharedContext
    )
    const toUpdate: { id: string; enabled: boolean }[] = []
    const toCreate: (Recipient & PreferenceChange)[] = []
    for (const change of changes) {
      const existing = stored.find((p) => p.channel === change.channel && p.category === change.category)
      if (existing) {
        toUpdate.push({ id: existing.id, enabled: change.enabled })
      } else {
        toCreate.push({ ...recipient, ...change })
      }
    }
    if (toUpdate.length) {
      await this.updateNotificationPreferences(toUpdate, sharedContext)
    }
    if (toCreate.length) {
      await this.createNotificationPreferences(toCreate, sharedContext)
    }
  }

  /** A token moves to whoever registers it last, so a shared phone notifies only its current user. */
  @InjectTransactionManager()
  async registerPushDevice(
    input: Recipient & { token: string; platform: "ios" | "android" | "web" },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [existing] = await this.listPushDevices({ token: input.token }, {}, sharedContext)
    if (existing) {
      return await this.updatePushDevices(
        { id: existing.id, recipient_type: input.recipient_type, recipient_id: input.recipient_id, platform: input.platform },
        sharedContext
      )
    }
    return await this.createPushDevices(input, sharedContext)
  }

  /**
   * Takes up to `limit` deliveries whose retry is due and leases them for
   * `leaseSeconds` by moving their next attempt forward, in one statement that
   * skips rows another run has locked. Two job runs, in one process or on two
   * workers, never get the same delivery, so nothing is sent twice; a run that
   * dies mid-send leaves the lease to expire and the delivery is retried.
   */
  @InjectManager()
  async claimDueDeliveries(
    limit: number,
    leaseSeconds: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `update notification_delivery
          set next_attempt_at = now() + make_interval(secs => ?), updated_at = now()
        where id in (
          select id from notification_delivery
           where status = 'retrying' and next_attempt_at <= now() and deleted_at is null
           order by next_attempt_at
           limit ?
           for update skip locked)
        returning id`,
      [leaseSeconds, limit]
    )
    return rows.map((row: { id: string }) => row.id)
  }

  @InjectManager()
  async countUnread(recipient: Recipient, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const [, count] = await this.listAndCountFeedNotifications(
      { recipient_type: recipient.recipient_type, recipient_id: recipient.recipient_id, read_at: null },
      { take: 1, select: ["id"] },
      sharedContext
    )
    return count
  }

  @InjectTransactionManager()
  async markAllRead(recipient: Recipient, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const unread = await this.listFeedNotifications(
      { recipient_type: recipient.recipient_type, recipient_id: recipient.recipient_id, read_at: null },
      { select: ["id"] },
      sharedContext
    )
    if (unread.length) {
      const now = new Date()
      await this.updateFeedNotifications(
        unread.map((n) => ({ id: n.id, read_at: now })),
        sharedContext
      )
    }
    return unread.length
  }
}

export default NotificationCenterModuleService
