import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  type ViewState,
} from "./viewState";

describe("URL view state", () => {
  it("is empty for the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe("");
    expect(parseViewState("")).toEqual(DEFAULT_VIEW_STATE);
  });
  it("round-trips every field", () => {
    const state: ViewState = {
      view: "path",
      filters: {
        countries: ["CA", "FR"],
        sectors: ["aerospace", "health"],
        tieKinds: ["AGREEMENT", "MISSION"],
        fromYear: 2010,
        toYear: 2020,
      },
      colourBy: "sector",
      layout: "concentric",
      selected: "aero-montreal",
      expanded: ["skywin", "medteq"],
      hidden: ["x"],
      focus: "skywin",
      pathFrom: "skywin",
      pathTo: "aerospace-valley",
    };
    const search = serializeViewState(state);
    expect(search).toContain("country=CA,FR");
    expect(parseViewState(search)).toEqual(state);
    expect(serializeViewState(parseViewState(search))).toBe(search);
  });
  it("round-trips ids that need escaping", () => {
    const state = { ...DEFAULT_VIEW_STATE, selected: "a&b=c d" };
    expect(parseViewState(serializeViewState(state)).selected).toBe("a&b=c d");
  });
  it("drops what it cannot trust", () => {
    const s = parseViewState(
      "?tie=AGREEMENT,bogus&from=20x0&to=2019&colour=rainbow&layout=nope&country=fr",
    );
    expect(s.filters.tieKinds).toEqual(["AGREEMENT"]);
    expect(s.filters.fromYear).toBeNull();
    expect(s.filters.toYear).toBe(2019);
    expect(s.colourBy).toBe("country");
    expect(s.layout).toBe("fcose");
    expect(s.filters.countries).toEqual(["FR"]);
  });
});
