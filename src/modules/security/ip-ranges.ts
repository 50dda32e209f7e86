import net from "net"

/**
 * IP addresses and CIDR ranges for the blocklist: parsed and written in one
 * canonical form (`203.0.113.7`, `10.0.0.0/8`, `2001:db8::/32`), so that one
 * range has one spelling and a duplicate is found by equality.
 */

export type IpFamily = "ipv4" | "ipv6"

export type IpRange = {
  /** The network address, host bits cleared. */
  address: string
  prefix_length: number
  family: IpFamily
  /** `address` alone for a single address, else `address/prefix_length`. */
  cidr: string
}

const BITS: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 }

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`, as dual-stack sockets report it) is that IPv4 address. */
export function normalizeIp(ip: string): string {
  const mapped = ip.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i)
  return mapped ? mapped[1] : ip
}

function toBigInt(address: string, family: IpFamily): bigint {
  if (family === "ipv4") {
    return address.split(".").reduce((value, part) => (value << 8n) + BigInt(Number(part)), 0n)
  }
  let text = address
  const dotted = text.match(/^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/)
  if (dotted) {
    const v4 = toBigInt(dotted[2], "ipv4")
    text = `${dotted[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null]
  const headGroups = head ? head.split(":") : []
  const tailGroups = tail ? tail.split(":") : []
  const zeros = tail === null ? [] : Array(8 - headGroups.length - tailGroups.length).fill("0")
  return [...headGroups, ...zeros, ...tailGroups].reduce((value, group) => (value << 16n) + BigInt(parseInt(group, 16)), 0n)
}

function fromBigInt(value: bigint, family: IpFamily): string {
  if (family === "ipv4") {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".")
  }
  const groups = Array.from({ length: 8 }, (_, i) => ((value >> BigInt(112 - i * 16)) & 0xffffn).toString(16))
  return new net.SocketAddress({ address: groups.join(":"), family: "ipv6" }).address
}

/** Parses `text` as an address or a CIDR range; answers why not when it is neither. */
export function parseIpRange(text: string): { range: IpRange } | { error: string } {
  const [rawAddress, rawPrefix, extra] = text.trim().split("/")
  if (extra !== undefined || !rawAddress) {
    return { error: `'${text}' is not an IP address or a CIDR range such as 203.0.113.0/24` }
  }
  const address = normalizeIp(rawAddress)
  const version = net.isIP(address)
  if (!version) {
    return { error: `'${text}' is not an IP address or a CIDR range such as 203.0.113.0/24` }
  }
  const family: IpFamily = version === 4 ? "ipv4" : "ipv6"
  const bits = BITS[family]
  if (rawPrefix !== undefined && !/^\d{1,3}$/.test(rawPrefix)) {
    return { error: `the prefix length of '${text}' must be a whole number from 1 to ${bits}` }
  }
  const prefix_length = rawPrefix === undefined ? bits : Number(rawPrefix)
  if (prefix_length < 1 || prefix_length > bits) {
    return { error: `the prefix length of '${text}' must be a whole number from 1 to ${bits}` }
  }
  const hostBits = BigInt(bits - prefix_length)
  const network = (toBigInt(address, family) >> hostBits) << hostBits
  const networkAddress = fromBigInt(network, family)
  return {
    range: {
      address: networkAddress,
      prefix_length,
      family,
      cidr: prefix_length === bits ? networkAddress : `${networkAddress}/${prefix_length}`,
    },
  }
}

/** A set of ranges that answers "is this address in any of them". */
export class IpRangeSet {
  protected readonly list_ = new net.BlockList()
  readonly size: number

  constructor(ranges: Pick<IpRange, "address" | "prefix_length" | "family">[]) {
    for (const range of ranges) {
      this.list_.addSubnet(range.address, range.prefix_length, range.family)
    }
    this.size = ranges.length
  }

  contains(ip: string): boolean {
    const address = normalizeIp(ip)
    const version = net.isIP(address)
    if (!version || !this.size) {
      return false
    }
    return this.list_.check(address, version === 4 ? "ipv4" : "ipv6")
  }
}

/** Whether `range` covers `ip`. */
export function rangeContains(range: Pick<IpRange, "address" | "prefix_length" | "family">, ip: string): boolean {
  return new IpRangeSet([range]).contains(ip)
}
