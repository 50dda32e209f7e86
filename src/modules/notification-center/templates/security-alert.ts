import type { LocalizedTemplate } from "./types"

export type SecurityAlertData = { ip: string; events: number; window_minutes: number; last_event_type: string }

const EVENT_NAMES_EN: Record<string, string> = {
  login_locked_out: "a sign-in lock-out",
  ip_blocked: "a blocked request",
  repeated_unauthorized: "repeated unauthorized requests",
}

const EVENT_NAMES_AR: Record<string, string> = {
  login_locked_out: "قفل تسجيل الدخول",
  ip_blocked: "طلب محظور",
  repeated_unauthorized: "طلبات غير مصرّح بها متكررة",
}

export const securityAlert: LocalizedTemplate<SecurityAlertData> = {
  en: (data) => ({
    title: "Security alert",
    body: `${data.ip} tripped ${data.events} security limits within ${data.window_minutes} minutes, the last one ${EVENT_NAMES_EN[data.last_event_type] ?? data.last_event_type}. See Security in the dashboard.`,
  }),
  ar: (data) => ({
    title: "تنبيه أمني",
    body: `تجاوز العنوان ${data.ip} حدود الأمان ${data.events} مرات خلال ${data.window_minutes} دقيقة، وآخرها ${EVENT_NAMES_AR[data.last_event_type] ?? data.last_event_type}. راجع صفحة الأمان في لوحة التحكم.`,
  }),
}
