/**
 * The planner's entry point; the pipeline and its steps live in ./planner, the interventions in
 * ./playbook (docs/planner.md).
 */
export { planRoadmap } from './planner/planRoadmap';
