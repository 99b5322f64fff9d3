return RlGym.Bench.Cluster.ClusterWireReport.Run(args);
