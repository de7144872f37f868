package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs an inline Map state: the item processor once per item of ItemsPath, results in order. */
final class MapStep {

  private MapStep() {}

  static void run(StateVisit visit, MapState state) {
    visit.attempt(() -> attempt(visit, state));
  }

  private static void attempt(StateVisit visit, MapState state) {
    JsonNode context = visit.context(null);
    JsonNode effective = DataFlowProcessor.effectiveInput(state.dataFlow(), visit.rawInput());
    JsonNode items = JsonPath.parse(state.itemsPath()).read(effective)
        .filter(JsonNode::isArray)
        .orElseThrow(() -> new StatesFailure(StatesError.RUNTIME,
            "ItemsPath '" + state.itemsPath() + "' must select an array"));
    JsonNode[] inputs = new JsonNode[items.size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = state.itemSelector() == null ? items.get(i)
          : PayloadTemplate.resolve(state.itemSelector(), new Scope(effective, itemContext(context, i, items.get(i))));
    }
    visit.run().execution().record(HistoryEventType.MAP_STATE_STARTED, state.name(),
        Json.object().put("length", inputs.length));
    new BranchJoin(visit, inputs.length, index -> state.processor(), index -> inputs[index], true)
        .start(state.maxConcurrency(), results -> visit.succeed(
            DataFlowProcessor.output(state.dataFlow(), visit.rawInput(), results, context), state.transition()));
  }

  private static JsonNode itemContext(JsonNode context, int index, JsonNode item) {
    ObjectNode withItem = context.deepCopy();
    withItem.putObject("Map").putObject("Item").put("Index", index).set("Value", item);
    return withItem;
  }
}
