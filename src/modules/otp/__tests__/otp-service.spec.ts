import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OTP_MODULE } from ".."
import OtpModuleService from "../service"
import { OtpChallenge } from "../models/otp-challenge"
import { OtpRateLimit } from "../models/otp-rate-limit"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<OtpModuleService>({
  moduleName: OTP_MODULE,
  resolve: "./src/modules/otp",
  moduleModels: [OtpChallenge, OtpRateLimit],
  moduleOptions: { code_secret: "test-secret", max_sends_per_phone_per_hour: 3, max_sends_per_ip_per_hour: 100 },
  testSuite: ({ service }) => {
    const phone = "+963944555001"

    it("issues a six-digit code that verifies once", async () => {
      const issued = await service.issueCode(phone)
      expect(issued?.code).toMatch(/^\d{6}$/)
      expect(await service.verifyCode(phone, issued!.code)).toBe(true)
      expect(await service.verifyCode(phone, issued!.code)).toBe(false)
    })

    it("stores only the keyed hash of the code", async () => {
      const issued = await service.issueCode(phone)
      const [challenge] = await service.listOtpChallenges({ phone })
      expect(challenge.code_hash).toEqual(service.hashCode(phone, issued!.code))
      expect(challenge.code_hash).not.toContain(issued!.code)
    })

    it("replaces the previous code on resend", async () => {
      const first = await service.issueCode(phone)
      let second = await service.issueCode(phone)
      while (second!.code === first!.code) {
        second = await service.issueCode(phone)
      }
      expect(await service.verifyCode(phone, first!.code)).toBe(false)
      expect(await service.verifyCode(phone, second!.code)).toBe(true)
    })

    it("kills a code after five failures, and a fresh code starts afresh", async () => {
      const issued = await service.issueCode(phone)
      const wrong = issued!.code === "000000" ? "111111" : "000000"
      for (let i = 0; i < 5; i++) {
        expect(await service.verifyCode(phone, wrong)).toBe(false)
      }
      expect(await service.verifyCode(phone, issued!.code)).toBe(false)
      const fresh = await service.issueCode(phone)
      expect(await service.verifyCode(phone, fresh.code)).toBe(true)
    })

    it("locks one caller out of one number after five checks without success, and no one else", async () => {
      const caller = { phone: "+963944555009", ip: "10.0.0.9" }
      for (let i = 0; i < 5; i++) {
        expect(await service.consumeVerifyAllowance(caller)).toEqual({ allowed: true })
      }
      expect(await service.consumeVerifyAllowance(caller)).toEqual({
        allowed: false,
        reason: "locked",
        retry_after_seconds: expect.any(Number),
      })
      expect(await service.consumeSendAllowance(caller)).toEqual(expect.objectContaining({ allowed: false, reason: "locked" }))
      expect(await service.consumeVerifyAllowance({ ...caller, ip: "10.0.0.10" })).toEqual({ allowed: true })
      expect(await service.consumeSendAllowance({ ...caller, ip: "10.0.0.10" })).toEqual({ allowed: true })
      expect(await service.consumeVerifyAllowance({ ...caller, phone: "+963944555010" })).toEqual({ allowed: true })

      await service.clearVerifyAttempts(caller)
      expect(await service.consumeVerifyAllowance(caller)).toEqual({ allowed: true })
    })

    it("counts the cooldown and the hourly budget per number", async () => {
      expect(await service.consumeSendAllowance({ phone, ip: "10.0.0.2" })).toEqual({ allowed: true })
      expect(await service.consumeSendAllowance({ phone, ip: "10.0.0.2" })).toEqual(
        expect.objectContaining({ allowed: false, reason: "cooldown" })
      )
      expect(await service.consumeSendAllowance({ phone: "+963944555002", ip: "10.0.0.2" })).toEqual({ allowed: true })
    })

    it("answers concurrent verifications of one code with exactly one success", async () => {
      const issued = await service.issueCode(phone)
      const results = await Promise.all(Array.from({ length: 5 }, () => service.verifyCode(phone, issued!.code)))
      expect(results.filter(Boolean)).toHaveLength(1)
    })
  },
})
