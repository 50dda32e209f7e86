import { localeFromAcceptLanguage } from "../locale"
import { toE164 } from "../phone-number"
import { otpCodeSms } from "../templates/otp-code"

describe("phone numbers", () => {
  it.each([
    ["+963944123456", "+963944123456"],
    ["+963 944 123 456", "+963944123456"],
    [" +1 415 555 2671 ", "+14155552671"],
  ])("normalises %s to E.164", (input, expected) => {
    expect(toE164(input)).toEqual(expected)
  })

  it.each(["0944123456", "+9631", "hello", "", 963944123456, null, undefined, "+963 944 123 456 789 0"])(
    "refuses %p",
    (input) => {
      expect(toE164(input)).toBeNull()
    }
  )
})

describe("the code SMS", () => {
  it("is Arabic when the client asks for Arabic, English otherwise", () => {
    expect(localeFromAcceptLanguage("ar-SY,ar;q=0.9")).toEqual("ar")
    expect(localeFromAcceptLanguage("en-US")).toEqual("en")
    expect(localeFromAcceptLanguage(undefined)).toEqual("en")
    expect(otpCodeSms.ar({ code: "123456", minutes: 10 })).toMatch(/^123456 .*[\u0600-\u06FF]/)
    expect(otpCodeSms.en({ code: "123456", minutes: 10 })).toEqual(
      "123456 is your Daraa code. It expires in 10 minutes. Never share it."
    )
  })
})
