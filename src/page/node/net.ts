// The page's stand-in for `node:net` (the privacy detectors use only `isIP`): the same answers,
// 4 for a dotted IPv4 address, 6 for an IPv6 one, 0 otherwise.

const IPV4_PART = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${IPV4_PART}(?:\\.${IPV4_PART}){3}$`);
const HEX = /^[0-9a-f]{1,4}$/i;

export function isIP(text: string): 0 | 4 | 6 {
  if (IPV4.test(text)) return 4;
  return isIPv6(text) ? 6 : 0;
}

function isIPv6(text: string): boolean {
  const zone = text.indexOf("%");
  const address = zone >= 0 ? text.slice(0, zone) : text;
  if (zone >= 0 && zone === text.length - 1) return false;
  const halves = address.split("::");
  if (halves.length > 2) return false;
  const groups = (half: string | undefined): string[] | undefined =>
    half === undefined || half === "" ? [] : half.split(":");
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let width = 0;
  for (const [index, group] of all.entries()) {
    if (index === all.length - 1 && group.includes(".")) {
      if (!IPV4.test(group)) return false;
      width += 2;
    } else if (HEX.test(group)) width += 1;
    else return false;
  }
  return halves.length === 2 ? width < 8 : width === 8;
}
