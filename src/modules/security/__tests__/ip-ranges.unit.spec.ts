import { IpRangeSet, normalizeIp, parseIpRange, rangeContains } from "../ip-ranges"

const range = (text: string) => {
  const parsed = parseIpRange(text)
  if ("error" in parsed) throw new Error(parsed.error)
  return parsed.range
}

describe("IP ranges", () => {
  it("writes each address and range one way", () => {
    expect(range("203.0.113.7").cidr).toBe("203.0.113.7")
    expect(range("203.0.113.7/32").cidr).toBe("203.0.113.7")
    expect(range("10.1.2.3/8").cidr).toBe("10.0.0.0/8")
    expect(range("2001:0DB8:0:0::1").cidr).toBe("2001:db8::1")
    expect(range("2001:db8:1::5/32").cidr).toBe("2001:db8::/32")
    expect(range("::ffff:127.0.0.1").cidr).toBe("127.0.0.1")
    expect(range("64:ff9b::1.2.3.4/96").cidr).toBe("64:ff9b::/96")
  })

  it("names what is wrong with anything else", () => {
    expect(parseIpRange("localhost")).toEqual({ error: expect.stringContaining("'localhost' is not an IP address") })
    expect(parseIpRange("300.1.1.1")).toEqual({ error: expect.stringContaining("not an IP address") })
    expect(parseIpRange("10.0.0.0/33")).toEqual({ error: expect.stringContaining("from 1 to 32") })
    expect(parseIpRange("10.0.0.0/0")).toEqual({ error: expect.stringContaining("from 1 to 32") })
    expect(parseIpRange("2001:db8::/129")).toEqual({ error: expect.stringContaining("from 1 to 128") })
    expect(parseIpRange("10.0.0.0/8/8")).toEqual({ error: expect.stringContaining("not an IP address") })
    expect(parseIpRange("10.0.0.0/x")).toEqual({ error: expect.stringContaining("prefix length") })
  })

  it("matches IPv4 and IPv6 addresses against single addresses and CIDR ranges", () => {
    const set = new IpRangeSet([range("127.0.1.0/24"), range("198.51.100.9"), range("2001:db8::/32")])
    expect(set.contains("127.0.1.200")).toBe(true)
    expect(set.contains("127.0.2.1")).toBe(false)
    expect(set.contains("198.51.100.9")).toBe(true)
    expect(set.contains("198.51.100.10")).toBe(false)
    expect(set.contains("2001:db8:ffff::1")).toBe(true)
    expect(set.contains("2001:db9::1")).toBe(false)
    // Dual-stack sockets report IPv4 callers this way.
    expect(set.contains("::ffff:127.0.1.5")).toBe(true)
    expect(set.contains("not an ip")).toBe(false)
    expect(new IpRangeSet([]).contains("127.0.0.1")).toBe(false)
  })

  it("says whether one range covers an address", () => {
    expect(rangeContains(range("10.0.0.0/8"), "10.200.3.4")).toBe(true)
    expect(rangeContains(range("10.0.0.0/8"), "11.0.0.1")).toBe(false)
    expect(rangeContains(range("::1"), "::1")).toBe(true)
    expect(normalizeIp("::ffff:10.0.0.1")).toBe("10.0.0.1")
  })
})
