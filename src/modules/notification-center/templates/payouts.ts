import type { LocalizedTemplate } from "./types"

/** What every payout notification carries. */
export type PayoutNotificationData = {
  id: string
  amount: number | string
  currency_code: string
  reason?: string | null
  reference?: string | null
}

const money = (data: PayoutNotificationData) => `${data.amount} ${data.currency_code.toUpperCase()}`

export const payoutPaid: LocalizedTemplate<PayoutNotificationData> = {
  en: (data) => ({
    title: "Payout sent",
    body: `Your payout of ${money(data)} was paid${data.reference ? ` (reference ${data.reference})` : ""}.`,
  }),
  ar: (data) => ({
    title: "تم إرسال الدفعة",
    body: `تم دفع دفعتك بقيمة ${money(data)}${data.reference ? ` (المرجع ${data.reference})` : ""}.`,
  }),
}

export const payoutFailed: LocalizedTemplate<PayoutNotificationData> = {
  en: (data) => ({
    title: "Payout failed",
    body: `Your payout of ${money(data)} could not be paid: ${data.reason ?? "no reason given"}. The amount is back in your balance for the next payout.`,
  }),
  ar: (data) => ({
    title: "تعذّر إرسال الدفعة",
    body: `تعذّر دفع دفعتك بقيمة ${money(data)}: ${data.reason ?? "لم يُذكر السبب"}. عاد المبلغ إلى رصيدك للدفعة القادمة.`,
  }),
}

export const payoutRequestApproved: LocalizedTemplate<PayoutNotificationData> = {
  en: (data) => ({
    title: "Early payout approved",
    body: `Your early payout request of ${money(data)} was approved${data.reason ? `: ${data.reason}` : "."}`,
  }),
  ar: (data) => ({
    title: "تمت الموافقة على الدفعة المبكرة",
    body: `تمت الموافقة على طلب الدفعة المبكرة بقيمة ${money(data)}${data.reason ? `: ${data.reason}` : "."}`,
  }),
}

export const payoutRequestRejected: LocalizedTemplate<PayoutNotificationData> = {
  en: (data) => ({
    title: "Early payout declined",
    body: `Your early payout request of ${money(data)} was declined: ${data.reason ?? "no reason given"}. The amount stays in your balance.`,
  }),
  ar: (data) => ({
    title: "تم رفض الدفعة المبكرة",
    body: `تم رفض طلب الدفعة المبكرة بقيمة ${money(data)}: ${data.reason ?? "لم يُذكر السبب"}. يبقى المبلغ في رصيدك.`,
  }),
}
