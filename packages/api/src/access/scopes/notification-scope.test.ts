import { describe, expect, it } from "vitest";
import { testActor } from "../../testing/test-actor";
import { liveNotificationScope, notificationScope } from "./notification-scope";

describe("notificationScope", () => {
  it("keys an admin's notifications by their own user id like anyone's", () => {
    expect(notificationScope(testActor("admin"))).toEqual({ userId: "user-1", organizationId: "org-1" });
  });

  it("hides expired notifications", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(liveNotificationScope(testActor("agent"), now)).toEqual({
      userId: "user-1",
      organizationId: "org-1",
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    });
  });
});
