import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto"

/** What a finance team needs to pay a payee by bank transfer. */
export type BankDetails = {
  account_holder: string
  bank_name: string
  /** The IBAN or the local account number. */
  account_number: string
  swift_code?: string | null
  branch?: string | null
}

const VERSION = "v1"

/** The AES-256 key of PAYOUT_ENCRYPTION_KEY: any secret string, hashed to 32 bytes. */
export function payoutCipherKey(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest()
}

/** `v1:<iv>:<tag>:<ciphertext>` (base64), AES-256-GCM: unreadable and tamper-evident without the key. */
export function encryptBankDetails(details: BankDetails, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", key, iv)
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(details), "utf8"), cipher.final()])
  return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":")
}

/** The bank details back; throws when the key is not the one they were encrypted with, or the text was changed. */
export function decryptBankDetails(sealed: string, key: Buffer): BankDetails {
  const [version, iv, tag, ciphertext] = sealed.split(":")
  if (version !== VERSION || !iv || !tag || !ciphertext) {
    throw new Error("These bank details are not in a format this server can read.")
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()])
  return JSON.parse(plain.toString("utf8")) as BankDetails
}

/** What may be shown of bank details: the bank and the last four characters of the account. */
export function bankDetailsHint(details: BankDetails): string {
  const compact = details.account_number.replace(/\s+/g, "")
  return `${details.bank_name} •••• ${compact.slice(-4)}`
}
