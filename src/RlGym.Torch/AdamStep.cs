using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Torch;

/// <summary>
/// Adam's update, done on TorchSharp's own <see cref="Adam"/> optimiser and its state, with every number handed to
/// libtorch held in a <see cref="Scalar"/> that stays alive until the call returns. Call it in place of
/// <c>optimizer.step()</c>.
/// </summary>
/// <remarks>
/// TorchSharp 0.107's <c>Adam.step</c> turns each coefficient (the betas, epsilon, the step size) into a temporary
/// <see cref="Scalar"/> and passes only its native handle on. Nothing references the temporary once the handle is read,
/// so a collection on another thread can run its finalizer, which frees the native scalar while libtorch still reads
/// it. Under load this showed as libtorch's <c>Scalar::toDouble</c> check failing in a PPO test, about once in 30 runs.
/// The arithmetic here is Adam's as TorchSharp computes it (Kingma and Ba, with the bias corrections folded into the
/// step size and the denominator), on the same state tensors, so an optimiser saved with <c>save_state_dict</c> and
/// loaded again continues exactly, and checkpoints written before this class still load. Weight decay, AMSGrad and
/// maximisation are not used by RlGym's learners and are refused.
/// </remarks>
public static class AdamStep
{
    // The alpha of add_(epsilon): TorchSharp's add_(Scalar) would pass a temporary 1 of its own.
    private static readonly Scalar One = 1.ToScalar();

    /// <summary>
    /// One Adam update of every parameter of <paramref name="optimizer"/> that has a gradient, with the learning rate
    /// its parameter groups hold now (so learning-rate annealing through <c>ParamGroups</c> applies).
    /// </summary>
    /// <param name="optimizer">A TorchSharp Adam optimiser, made with <c>torch.optim.Adam</c>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="optimizer"/> is null.</exception>
    /// <exception cref="NotSupportedException">When a parameter group asks for weight decay, AMSGrad or maximisation.</exception>
    public static void Apply(Adam optimizer)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        // state_dict() lists the live per-parameter states in the order of the groups and their parameters.
        var states = optimizer.state_dict().State;
        int index = 0;
        using var noGrad = torch.no_grad();
        foreach (var controller in optimizer.ParamGroups)
        {
            var group = (ParamGroup)controller;
            var options = (Adam.Options)group.Options;
            if ((options.weight_decay ?? 0) != 0 || options.amsgrad == true || options.maximize == true)
            {
                throw new NotSupportedException("AdamStep does plain Adam: weight decay, AMSGrad and maximize are not supported.");
            }
            double beta1 = options.beta1!.Value, beta2 = options.beta2!.Value, eps = options.eps!.Value, lr = options.LearningRate!.Value;
            using var keepFirst = beta1.ToScalar();
            using var mixFirst = (1 - beta1).ToScalar();
            using var keepSecond = beta2.ToScalar();
            using var mixSecond = (1 - beta2).ToScalar();
            using var epsilon = eps.ToScalar();
            foreach (var parameter in group.Parameters)
            {
                var state = (Adam.State)states[index++];
                using var grad = parameter.grad;
                if (grad is null)
                {
                    continue;
                }
                state.step += 1;
                double correctionFirst = 1 - Math.Pow(beta1, state.step);
                double correctionSecond = 1 - Math.Pow(beta2, state.step);
                using var rootCorrectionSecond = Math.Sqrt(correctionSecond).ToScalar();
                using var negativeStepSize = (-lr / correctionFirst).ToScalar();
                state.exp_avg.mul_(keepFirst).add_(grad, mixFirst);
                state.exp_avg_sq.mul_(keepSecond).addcmul_(grad, grad, mixSecond);
                using var denominator = state.exp_avg_sq.sqrt();
                denominator.div_(rootCorrectionSecond).add_(epsilon, One);
                parameter.addcdiv_(state.exp_avg, denominator, negativeStepSize);
            }
        }
    }
}
