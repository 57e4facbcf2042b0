import { describe, expect, it } from "vitest";
import { guardRequest, hostName, LOOPBACK_HOSTS } from "../src/server/http-guard.js";
import {
  allowedHostsFor,
  endpointUrl,
  isLoopbackHost,
  parseListenAddress,
} from "../src/server/listen-address.js";

function request(headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1:3000/mcp", { method: "POST", headers });
}

describe("guardRequest", () => {
  const loopback = { allowedHosts: LOOPBACK_HOSTS };

  it("lets loopback names through, on any port", () => {
    for (const host of ["localhost:3000", "127.0.0.1:1", "[::1]:8080", "LOCALHOST"])
      expect(guardRequest(request({ host }), loopback)).toBeUndefined();
  });

  it("refuses other hosts and origins with 403", async () => {
    const badHost = guardRequest(request({ host: "evil.example.com:3000" }), loopback);
    expect(badHost?.status).toBe(403);
    expect(await badHost?.json()).toMatchObject({ error: { code: -32000 } });
    const badOrigin = guardRequest(
      request({ host: "localhost:3000", origin: "http://localhost.evil.example.com" }),
      loopback,
    );
    expect(badOrigin?.status).toBe(403);
    expect(guardRequest(request({ host: "localhost", origin: "null" }), loopback)?.status).toBe(
      403,
    );
  });

  it("needs the bearer token when one is set: 401 with WWW-Authenticate", () => {
    const options = { ...loopback, token: "t0ken" };
    const missing = guardRequest(request({ host: "localhost" }), options);
    expect(missing?.status).toBe(401);
    expect(missing?.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(
      guardRequest(request({ host: "localhost", authorization: "Bearer t0ke" }), options)?.status,
    ).toBe(401);
    expect(
      guardRequest(request({ host: "localhost", authorization: "bearer t0ken" }), options),
    ).toBeUndefined();
  });

  it("checks the host before the token", () => {
    const refusal = guardRequest(request({ host: "evil.example.com" }), {
      ...loopback,
      token: "t",
    });
    expect(refusal?.status).toBe(403);
  });

  it("reads host names without their port", () => {
    expect(hostName("Example.com:8080")).toBe("example.com");
    expect(hostName("[::1]:3000")).toBe("[::1]");
    expect(hostName(null)).toBeUndefined();
  });
});

describe("listen addresses", () => {
  it("parses [HOST:]PORT with the loopback address by default", () => {
    expect(parseListenAddress("3000")).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(parseListenAddress("0.0.0.0:0")).toEqual({ host: "0.0.0.0", port: 0 });
    expect(parseListenAddress("[::1]:8080")).toEqual({ host: "::1", port: 8080 });
    expect(() => parseListenAddress("host:70000")).toThrow(/\[HOST:\]PORT/);
    expect(() => parseListenAddress("nope")).toThrow(/\[HOST:\]PORT/);
  });

  it("knows loopback from the rest", () => {
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("127.1.2.3")).toBe(true);
    expect(isLoopbackHost("::1")).toBe(true);
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("0.0.0.0")).toBe(false);
    expect(isLoopbackHost("192.168.1.10")).toBe(false);
  });

  it("allows the bound name beside the loopback names, and any name on a wildcard bind", () => {
    expect(allowedHostsFor("192.168.1.10")).toEqual([...LOOPBACK_HOSTS, "192.168.1.10"]);
    expect(allowedHostsFor("::1")).toEqual([...LOOPBACK_HOSTS]);
    expect(allowedHostsFor("0.0.0.0")).toBeUndefined();
    expect(allowedHostsFor("0.0.0.0", ["gateway.internal"])).toEqual([
      ...LOOPBACK_HOSTS,
      "gateway.internal",
    ]);
    expect(endpointUrl("::1", 3000)).toBe("http://[::1]:3000/mcp");
    expect(endpointUrl("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000/mcp");
  });
});
