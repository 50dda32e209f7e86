import type { Locale } from "../locale"

/** The SMS that carries a sign-in code, one text per locale. */
export const otpCodeSms: Record<Locale, (data: { code: string; minutes: number }) => string> = {
  en: ({ code, minutes }) => `${code} is your Daraa code. It expires in ${minutes} minutes. Never share it.`,
  ar: ({ code, minutes }) => `${code} هو رمز التحقق في درعا. تنتهي صلاحيته خلال ${minutes} دقائق. لا تشاركه مع أحد.`,
}
