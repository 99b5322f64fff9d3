"""RlGym's environments from Python: Gymnasium and PettingZoo adapters over ``rlgym serve`` (dm_env_rpc over gRPC).

    import rlgym_client
    env = rlgym_client.make("CatMouse-v0")
    observation, info = env.reset(seed=0)
    observation, reward, terminated, truncated, info = env.step(env.action_space.sample())
"""

from ._protocol import RlGymError
from .env import RlGymEnv, make
from .parallel import RlGymParallelEnv, make_parallel
from .server import Server
from .vector import RlGymVectorEnv, make_vec

__all__ = ["RlGymEnv", "RlGymError", "RlGymParallelEnv", "RlGymVectorEnv", "Server", "make", "make_parallel", "make_vec"]
