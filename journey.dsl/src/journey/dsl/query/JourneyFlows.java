package journey.dsl.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.Step;

/**
 * The step graph of one journey: where customers can go from each step. A step with no flows at
 * all continues to the next step in map order, so a simple linear journey needs no flows. A
 * referral is no move of the customer but a new customer who enters at its target: it is not a
 * successor, and no loop runs through it. Built once per journey in linear time; validation, the
 * analytics and the diagrams all read it.
 */
public final class JourneyFlows {

	private final List<Step> steps;
	private final Map<Step, Set<Step>> successors = new IdentityHashMap<>();
	private final Map<Step, Set<Step>> predecessors = new IdentityHashMap<>();
	private final Map<Step, Integer> component = new IdentityHashMap<>();
	private final List<List<Step>> components = new ArrayList<>();
	private final Set<Step> referred = new LinkedHashSet<>();

	public JourneyFlows(Journey journey) {
		this.steps = JourneyQueries.steps(journey);
		for (Step step : steps) {
			successors.put(step, new LinkedHashSet<>());
			predecessors.put(step, new LinkedHashSet<>());
		}
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.getFlows().isEmpty()) {
				if (i + 1 < steps.size()) {
					link(step, steps.get(i + 1));
				}
				continue;
			}
			for (Flow flow : step.getFlows()) {
				if (flow.getTarget() == null || !successors.containsKey(flow.getTarget())) {
					continue;
				}
				if (flow.getKind() == FlowKind.REFERRAL) {
					referred.add(flow.getTarget());
				} else if (flow.getKind() != FlowKind.DROPOUT) {
					link(step, flow.getTarget());
				}
			}
		}
		findComponents();
	}

	private void link(Step from, Step to) {
		successors.get(from).add(to);
		predecessors.get(to).add(from);
	}

	public List<Step> steps() {
		return steps;
	}

	/** The journey's first step, where customers enter; null for a journey without steps. */
	public Step start() {
		return steps.isEmpty() ? null : steps.get(0);
	}

	public Set<Step> successors(Step step) {
		return successors.getOrDefault(step, Set.of());
	}

	public Set<Step> predecessors(Step step) {
		return predecessors.getOrDefault(step, Set.of());
	}

	/** The steps where referred customers enter the journey, in the order of the referrals. */
	public Set<Step> referred() {
		return referred;
	}

	/** Every step reachable from the start, or from a step where referred customers enter. */
	public Set<Step> reachable() {
		Set<Step> seen = new LinkedHashSet<>();
		Deque<Step> todo = new ArrayDeque<>();
		if (start() != null) {
			todo.add(start());
			todo.addAll(referred);
		}
		while (!todo.isEmpty()) {
			Step step = todo.poll();
			if (seen.add(step)) {
				todo.addAll(successors(step));
			}
		}
		return seen;
	}

	/** Whether the step lies on a cycle (a loop back to itself, directly or through other steps). */
	public boolean isOnCycle(Step step) {
		List<Step> group = components.get(component.get(step));
		return group.size() > 1 || successors(step).contains(step);
	}

	/** Groups of steps that lead to each other (strongly connected), each with more than one step or a self-loop. */
	public List<List<Step>> cycles() {
		return components.stream().filter(group -> isOnCycle(group.get(0))).toList();
	}

	/** Whether customers can leave the group: a flow out of it, a drop-out, or a step where the journey ends. */
	public boolean hasExit(List<Step> group) {
		Set<Step> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		members.addAll(group);
		for (Step step : group) {
			if (step.getFlows().stream().anyMatch(f -> f.getKind() == FlowKind.DROPOUT)) {
				return true;
			}
			if (successors(step).isEmpty() || successors(step).stream().anyMatch(s -> !members.contains(s))) {
				return true;
			}
		}
		return false;
	}

	/** Tarjan's algorithm, iterative so that a 1,000-step journey cannot overflow the stack. */
	private void findComponents() {
		Map<Step, Integer> index = new HashMap<>();
		Map<Step, Integer> low = new HashMap<>();
		Deque<Step> stack = new ArrayDeque<>();
		Set<Step> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		int counter = 0;
		for (Step root : steps) {
			if (index.containsKey(root)) {
				continue;
			}
			Deque<Object[]> work = new ArrayDeque<>();
			work.push(new Object[] { root, new ArrayList<>(successors(root)).iterator() });
			index.put(root, counter);
			low.put(root, counter++);
			stack.push(root);
			onStack.add(root);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Step step = (Step) frame[0];
				@SuppressWarnings("unchecked")
				java.util.Iterator<Step> next = (java.util.Iterator<Step>) frame[1];
				if (next.hasNext()) {
					Step successor = next.next();
					if (!index.containsKey(successor)) {
						index.put(successor, counter);
						low.put(successor, counter++);
						stack.push(successor);
						onStack.add(successor);
						work.push(new Object[] { successor, new ArrayList<>(successors(successor)).iterator() });
					} else if (onStack.contains(successor)) {
						low.put(step, Math.min(low.get(step), index.get(successor)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Step parent = (Step) work.peek()[0];
					low.put(parent, Math.min(low.get(parent), low.get(step)));
				}
				if (low.get(step).equals(index.get(step))) {
					List<Step> group = new ArrayList<>();
					Step member;
					do {
						member = stack.pop();
						onStack.remove(member);
						component.put(member, components.size());
						group.add(member);
					} while (member != step);
					components.add(group);
				}
			}
		}
	}
}
